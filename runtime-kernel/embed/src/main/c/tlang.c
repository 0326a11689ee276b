/*
 * libtlang.so: the C embedding API of tlang.h over the JNI invocation API. It starts a JVM with the
 * distribution's lib/ jars on its class path and calls org.tlang.embed.c.LibTlang, passing values
 * as one byte array each way (the format is LibTlang's ValueCodec's), so that a call costs a few
 * JNI transitions whatever the arguments hold.
 */
#define _GNU_SOURCE
#include "tlang.h"

#include <dirent.h>
#include <jni.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tlang_value {
    tlang_kind kind;
    long long i;
    double f;
    char *s;            /* a Str's text; a variant's name */
    char *type;         /* a struct's or variant's type, or NULL */
    size_t n;
    tlang_value **items; /* items, fields, or a Map's values */
    tlang_value **keys;  /* a Map's keys */
    char **names;        /* a struct's field names */
};

struct tlang {
    jobject bridge;
};

static JavaVM *jvm;
static jclass bridge_class;
static jmethodID m_init, m_execute, m_shutdown, m_describe;
static pthread_mutex_t jvm_lock = PTHREAD_MUTEX_INITIALIZER;
static _Thread_local char *last_error;

static void set_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *message = NULL;
    if (vasprintf(&message, fmt, ap) < 0) message = NULL;
    va_end(ap);
    free(last_error);
    last_error = message;
}

const char *tlang_error(void) {
    return last_error ? last_error : "";
}

/* ---- the JVM ---- */

static JNIEnv *env_here(void) {
    JNIEnv *env = NULL;
    jint r = (*jvm)->GetEnv(jvm, (void **) &env, JNI_VERSION_10);
    if (r == JNI_EDETACHED && (*jvm)->AttachCurrentThreadAsDaemon(jvm, (void **) &env, NULL) == JNI_OK) return env;
    if (r == JNI_OK) return env;
    set_error("cannot attach this thread to the JVM");
    return NULL;
}

/* home/lib/ *.jar joined with ':', or NULL */
static char *class_path(const char *home) {
    char lib[4096];
    snprintf(lib, sizeof lib, "%s/lib", home);
    DIR *dir = opendir(lib);
    if (!dir) return NULL;
    size_t cap = 1024, len = 0;
    char *cp = malloc(cap);
    cp[0] = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".jar") != 0) continue;
        size_t need = len + strlen(lib) + n + 3;
        if (need > cap) {
            while (need > cap) cap *= 2;
            cp = realloc(cp, cap);
        }
        len += sprintf(cp + len, "%s%s/%s", len ? ":" : "", lib, e->d_name);
    }
    closedir(dir);
    if (len == 0) {
        free(cp);
        return NULL;
    }
    return cp;
}

static int find_bridge(JNIEnv *env) {
    jclass c = (*env)->FindClass(env, "org/tlang/embed/c/LibTlang");
    if (!c) {
        (*env)->ExceptionClear(env);
        set_error("org.tlang.embed.c.LibTlang is not on the JVM's class path (is tlang-embed.jar in the distribution's lib/?)");
        return -1;
    }
    bridge_class = (*env)->NewGlobalRef(env, c);
    m_init = (*env)->GetStaticMethodID(env, c, "init", "(Ljava/lang/String;Ljava/lang/String;[Ljava/lang/String;JJ)Lorg/tlang/embed/c/LibTlang;");
    m_execute = (*env)->GetMethodID(env, c, "execute", "(Ljava/lang/String;[BI)[B");
    m_shutdown = (*env)->GetMethodID(env, c, "shutdown", "()V");
    m_describe = (*env)->GetStaticMethodID(env, c, "describe", "(Ljava/lang/Throwable;)[B");
    (*env)->DeleteLocalRef(env, c);
    if (!m_init || !m_execute || !m_shutdown || !m_describe) {
        (*env)->ExceptionClear(env);
        set_error("org.tlang.embed.c.LibTlang does not have the methods this libtlang.so calls (a different version?)");
        return -1;
    }
    return 0;
}

static int start_jvm(const tlang_config *config) {
    pthread_mutex_lock(&jvm_lock);
    int rc = 0;
    if (!jvm) {
        JavaVM *vms[1];
        jsize count = 0;
        JNIEnv *env = NULL;
        if (JNI_GetCreatedJavaVMs(vms, 1, &count) == JNI_OK && count > 0) {
            jvm = vms[0]; /* a host that runs a JVM already: its class path must hold the distribution's lib/ */
            env = env_here();
        } else {
            const char *home = config->home ? config->home : getenv("TLANG_HOME");
            char *cp = home ? class_path(home) : NULL;
            if (!home) {
                set_error("no distribution: set tlang_config.home or TLANG_HOME to one (distribution/target/tlang)");
                rc = -1;
            } else if (!cp) {
                set_error("no jars in %s/lib: not a tlang distribution", home);
                rc = -1;
            } else {
                size_t n = 0, max = 6 + config->njvm_options;
                JavaVMOption *options = calloc(max, sizeof *options);
                char *cp_option = malloc(strlen(cp) + 32), *home_option = malloc(strlen(home) + 32);
                sprintf(cp_option, "-Djava.class.path=%s", cp);
                sprintf(home_option, "-Dtlang.home=%s", home);
                options[n++].optionString = cp_option;
                options[n++].optionString = home_option;
                options[n++].optionString = "--enable-native-access=ALL-UNNAMED";
                options[n++].optionString = "--add-opens=java.base/java.lang=ALL-UNNAMED";
                options[n++].optionString = "--sun-misc-unsafe-memory-access=allow";
                for (size_t i = 0; i < config->njvm_options; i++) options[n++].optionString = (char *) config->jvm_options[i];
                JavaVMInitArgs args = {.version = JNI_VERSION_10, .nOptions = (jint) n, .options = options, .ignoreUnrecognized = JNI_FALSE};
                jint r = JNI_CreateJavaVM(&jvm, (void **) &env, &args);
                free(options);
                free(cp_option);
                free(home_option);
                if (r != JNI_OK) {
                    jvm = NULL;
                    set_error("the JVM did not start (JNI_CreateJavaVM returned %d)", (int) r);
                    rc = -1;
                }
            }
            free(cp);
        }
        if (rc == 0 && (!env || find_bridge(env) != 0)) rc = -1;
    }
    pthread_mutex_unlock(&jvm_lock);
    return rc;
}

/* If Java threw, makes its description the thread's error and returns 1. */
static int failed(JNIEnv *env) {
    jthrowable thrown = (*env)->ExceptionOccurred(env);
    if (!thrown) return 0;
    (*env)->ExceptionClear(env);
    jbyteArray message = (*env)->CallStaticObjectMethod(env, bridge_class, m_describe, thrown);
    if ((*env)->ExceptionCheck(env) || !message) {
        (*env)->ExceptionClear(env);
        set_error("an error in the runtime that could not be described");
    } else {
        jsize n = (*env)->GetArrayLength(env, message);
        char *text = malloc((size_t) n + 1);
        (*env)->GetByteArrayRegion(env, message, 0, n, (jbyte *) text);
        text[n] = 0;
        free(last_error);
        last_error = text;
        (*env)->DeleteLocalRef(env, message);
    }
    (*env)->DeleteLocalRef(env, thrown);
    return 1;
}

/* ---- values to and from bytes ---- */

typedef struct {
    unsigned char *p;
    size_t n, cap;
} out_buf;

static void put(out_buf *b, const void *bytes, size_t n) {
    if (b->n + n > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->n + n) cap *= 2;
        b->p = realloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->n, bytes, n);
    b->n += n;
}

static void put_u8(out_buf *b, unsigned char v) { put(b, &v, 1); }

static void put_u32(out_buf *b, uint32_t v) {
    unsigned char le[4] = {v, v >> 8, v >> 16, v >> 24};
    put(b, le, 4);
}

static void put_u64(out_buf *b, uint64_t v) {
    unsigned char le[8];
    for (int i = 0; i < 8; i++) le[i] = (unsigned char) (v >> (8 * i));
    put(b, le, 8);
}

static void put_str(out_buf *b, const char *s) {
    size_t n = s ? strlen(s) : 0;
    put_u32(b, (uint32_t) n);
    put(b, s, n);
}

static void encode(out_buf *b, const tlang_value *v) {
    switch (v->kind) {
    case TLANG_INT: put_u8(b, 'I'); put_u64(b, (uint64_t) v->i); break;
    case TLANG_FLOAT: { uint64_t bits; memcpy(&bits, &v->f, 8); put_u8(b, 'F'); put_u64(b, bits); break; }
    case TLANG_BOOL: put_u8(b, 'B'); put_u8(b, v->i != 0); break;
    case TLANG_STR: put_u8(b, 'S'); put_str(b, v->s); break;
    case TLANG_UNIT: put_u8(b, 'U'); break;
    case TLANG_VEC:
    case TLANG_TUPLE:
        put_u8(b, v->kind == TLANG_VEC ? 'V' : 'T');
        put_u32(b, (uint32_t) v->n);
        for (size_t i = 0; i < v->n; i++) encode(b, v->items[i]);
        break;
    case TLANG_MAP:
        put_u8(b, 'M');
        put_u32(b, (uint32_t) v->n);
        for (size_t i = 0; i < v->n; i++) {
            encode(b, v->keys[i]);
            encode(b, v->items[i]);
        }
        break;
    case TLANG_STRUCT:
        put_u8(b, 'R');
        put_str(b, v->type);
        put_u32(b, (uint32_t) v->n);
        for (size_t i = 0; i < v->n; i++) {
            put_str(b, v->names[i]);
            encode(b, v->items[i]);
        }
        break;
    case TLANG_VARIANT:
        put_u8(b, 'E');
        put_str(b, v->type);
        put_str(b, v->s);
        put_u32(b, (uint32_t) v->n);
        for (size_t i = 0; i < v->n; i++) encode(b, v->items[i]);
        break;
    }
}

/* Whether v and everything it holds is a complete value. */
static int complete(const tlang_value *v) {
    if (!v) return 0;
    for (size_t i = 0; i < v->n; i++) {
        if (v->items && !complete(v->items[i])) return 0;
        if (v->kind == TLANG_MAP && !complete(v->keys[i])) return 0;
        if (v->kind == TLANG_STRUCT && !v->names[i]) return 0;
    }
    return 1;
}

typedef struct {
    const unsigned char *p;
    size_t n, pos;
} in_buf;

static int get(in_buf *in, void *to, size_t n) {
    if (in->n - in->pos < n) return -1;
    memcpy(to, in->p + in->pos, n);
    in->pos += n;
    return 0;
}

static int get_u32(in_buf *in, uint32_t *v) {
    unsigned char le[4];
    if (get(in, le, 4)) return -1;
    *v = le[0] | (uint32_t) le[1] << 8 | (uint32_t) le[2] << 16 | (uint32_t) le[3] << 24;
    return 0;
}

static int get_u64(in_buf *in, uint64_t *v) {
    unsigned char le[8];
    if (get(in, le, 8)) return -1;
    *v = 0;
    for (int i = 0; i < 8; i++) *v |= (uint64_t) le[i] << (8 * i);
    return 0;
}

static char *get_str(in_buf *in) {
    uint32_t n;
    if (get_u32(in, &n) || in->n - in->pos < n) return NULL;
    char *s = malloc(n + 1);
    memcpy(s, in->p + in->pos, n);
    s[n] = 0;
    in->pos += n;
    return s;
}

static tlang_value *decode(in_buf *in);

static int get_items(in_buf *in, tlang_value *v, int keyed, int named) {
    uint32_t n;
    if (get_u32(in, &n) || n > in->n - in->pos) return -1;
    v->n = n;
    v->items = calloc(n ? n : 1, sizeof *v->items);
    if (keyed) v->keys = calloc(n ? n : 1, sizeof *v->keys);
    if (named) v->names = calloc(n ? n : 1, sizeof *v->names);
    for (size_t i = 0; i < n; i++) {
        if (keyed && !(v->keys[i] = decode(in))) return -1;
        if (named && !(v->names[i] = get_str(in))) return -1;
        if (!(v->items[i] = decode(in))) return -1;
    }
    return 0;
}

static tlang_value *decode(in_buf *in) {
    unsigned char tag;
    if (get(in, &tag, 1)) return NULL;
    tlang_value *v = calloc(1, sizeof *v);
    uint64_t bits;
    int bad = 0;
    switch (tag) {
    case 'I': v->kind = TLANG_INT; bad = get_u64(in, &bits); v->i = (long long) bits; break;
    case 'F': v->kind = TLANG_FLOAT; bad = get_u64(in, &bits); memcpy(&v->f, &bits, 8); break;
    case 'B': { unsigned char b = 0; v->kind = TLANG_BOOL; bad = get(in, &b, 1); v->i = b != 0; break; }
    case 'S': v->kind = TLANG_STR; bad = !(v->s = get_str(in)); break;
    case 'U': v->kind = TLANG_UNIT; break;
    case 'V': v->kind = TLANG_VEC; bad = get_items(in, v, 0, 0); break;
    case 'T': v->kind = TLANG_TUPLE; bad = get_items(in, v, 0, 0); break;
    case 'M': v->kind = TLANG_MAP; bad = get_items(in, v, 1, 0); break;
    case 'R': v->kind = TLANG_STRUCT; bad = !(v->type = get_str(in)) || get_items(in, v, 0, 1); break;
    case 'E': v->kind = TLANG_VARIANT; bad = !(v->type = get_str(in)) || !(v->s = get_str(in)) || get_items(in, v, 0, 0); break;
    default: bad = 1;
    }
    if (bad) {
        tlang_value_free(v);
        return NULL;
    }
    return v;
}

/* ---- the calls ---- */

tlang *tlang_init(const tlang_config *config) {
    tlang_config none = {0};
    if (!config) config = &none;
    if (start_jvm(config) != 0) return NULL;
    JNIEnv *env = env_here();
    if (!env) return NULL;
    if ((*env)->PushLocalFrame(env, (jint) (16 + config->nallow)) != 0) {
        (*env)->ExceptionClear(env);
        set_error("out of memory in the JVM");
        return NULL;
    }
    jstring home = config->home ? (*env)->NewStringUTF(env, config->home) : NULL;
    jstring root = config->root ? (*env)->NewStringUTF(env, config->root) : NULL;
    jobjectArray allow = NULL;
    if (config->allow) {
        jclass string = (*env)->FindClass(env, "java/lang/String");
        allow = (*env)->NewObjectArray(env, (jsize) config->nallow, string, NULL);
        for (size_t i = 0; i < config->nallow; i++) {
            (*env)->SetObjectArrayElement(env, allow, (jsize) i, (*env)->NewStringUTF(env, config->allow[i] ? config->allow[i] : ""));
        }
    }
    tlang *t = NULL;
    jobject bridge = (*env)->CallStaticObjectMethod(env, bridge_class, m_init, home, root, allow, (jlong) config->max_ms, (jlong) config->max_fuel);
    if (!failed(env)) {
        t = malloc(sizeof *t);
        t->bridge = (*env)->NewGlobalRef(env, bridge);
    }
    (*env)->PopLocalFrame(env, NULL);
    return t;
}

int tlang_execute(tlang *t, const char *entry, tlang_value *const *args, size_t nargs, tlang_value **result) {
    if (result) *result = NULL;
    if (!t || !entry || !result || (nargs && !args)) {
        set_error("tlang_execute: the handle, entry, result or args is NULL");
        return -1;
    }
    out_buf b = {0};
    for (size_t i = 0; i < nargs; i++) {
        if (!complete(args[i])) {
            free(b.p);
            set_error("tlang_execute: argument %zu is NULL or holds a NULL", i + 1);
            return -1;
        }
        encode(&b, args[i]);
    }
    JNIEnv *env = env_here();
    if (!env) {
        free(b.p);
        return -1;
    }
    if ((*env)->PushLocalFrame(env, 8) != 0) {
        (*env)->ExceptionClear(env);
        free(b.p);
        set_error("out of memory in the JVM");
        return -1;
    }
    int rc = -1;
    jstring jentry = (*env)->NewStringUTF(env, entry);
    jbyteArray jargs = (*env)->NewByteArray(env, (jsize) b.n);
    if (jentry && jargs) {
        (*env)->SetByteArrayRegion(env, jargs, 0, (jsize) b.n, (const jbyte *) b.p);
        jbyteArray out = (*env)->CallObjectMethod(env, t->bridge, m_execute, jentry, jargs, (jint) nargs);
        if (!failed(env)) {
            jsize len = (*env)->GetArrayLength(env, out);
            jbyte *bytes = (*env)->GetByteArrayElements(env, out, NULL);
            in_buf in = {(const unsigned char *) bytes, (size_t) len, 0};
            *result = decode(&in);
            (*env)->ReleaseByteArrayElements(env, out, bytes, JNI_ABORT);
            if (*result && in.pos == in.n) {
                rc = 0;
            } else {
                tlang_value_free(*result);
                *result = NULL;
                set_error("tlang_execute: the result came back malformed");
            }
        }
    } else {
        failed(env);
    }
    free(b.p);
    (*env)->PopLocalFrame(env, NULL);
    return rc;
}

void tlang_shutdown(tlang *t) {
    if (!t) return;
    JNIEnv *env = env_here();
    if (env) {
        (*env)->CallVoidMethod(env, t->bridge, m_shutdown);
        failed(env);
        (*env)->DeleteGlobalRef(env, t->bridge);
    }
    free(t);
}

/* ---- constructors and accessors ---- */

static tlang_value *make(tlang_kind kind) {
    tlang_value *v = calloc(1, sizeof *v);
    if (v) v->kind = kind;
    return v;
}

static char *copy(const char *s) {
    return s ? strdup(s) : NULL;
}

static tlang_value **take(tlang_value *const *items, size_t n) {
    tlang_value **out = calloc(n ? n : 1, sizeof *out);
    for (size_t i = 0; i < n && items; i++) out[i] = items[i];
    return out;
}

tlang_value *tlang_int(long long x) { tlang_value *v = make(TLANG_INT); if (v) v->i = x; return v; }
tlang_value *tlang_float(double x) { tlang_value *v = make(TLANG_FLOAT); if (v) v->f = x; return v; }
tlang_value *tlang_bool(int x) { tlang_value *v = make(TLANG_BOOL); if (v) v->i = x != 0; return v; }
tlang_value *tlang_str(const char *s) { tlang_value *v = make(TLANG_STR); if (v) v->s = strdup(s ? s : ""); return v; }
tlang_value *tlang_unit(void) { return make(TLANG_UNIT); }

static tlang_value *sequence(tlang_kind kind, tlang_value *const *items, size_t n) {
    tlang_value *v = make(kind);
    if (!v) return NULL;
    v->n = n;
    v->items = take(items, n);
    return v;
}

tlang_value *tlang_vec(tlang_value *const *items, size_t n) { return sequence(TLANG_VEC, items, n); }
tlang_value *tlang_tuple(tlang_value *const *items, size_t n) { return sequence(TLANG_TUPLE, items, n); }

tlang_value *tlang_map(tlang_value *const *keys, tlang_value *const *values, size_t n) {
    tlang_value *v = sequence(TLANG_MAP, values, n);
    if (v) v->keys = take(keys, n);
    return v;
}

tlang_value *tlang_struct(const char *type, const char *const *names, tlang_value *const *fields, size_t n) {
    tlang_value *v = sequence(TLANG_STRUCT, fields, n);
    if (!v) return NULL;
    v->type = copy(type);
    v->names = calloc(n ? n : 1, sizeof *v->names);
    for (size_t i = 0; i < n && names; i++) v->names[i] = copy(names[i]);
    return v;
}

tlang_value *tlang_variant(const char *type, const char *variant, tlang_value *const *fields, size_t n) {
    tlang_value *v = sequence(TLANG_VARIANT, fields, n);
    if (!v) return NULL;
    v->type = copy(type);
    v->s = strdup(variant ? variant : "");
    return v;
}

tlang_value *tlang_some(tlang_value *x) { return tlang_variant("Option", "Some", &x, 1); }
tlang_value *tlang_none(void) { return tlang_variant("Option", "None", NULL, 0); }
tlang_value *tlang_ok(tlang_value *x) { return tlang_variant("Result", "Ok", &x, 1); }
tlang_value *tlang_err(tlang_value *x) { return tlang_variant("Result", "Err", &x, 1); }

void tlang_value_free(tlang_value *v) {
    if (!v) return;
    for (size_t i = 0; i < v->n; i++) {
        if (v->items) tlang_value_free(v->items[i]);
        if (v->keys) tlang_value_free(v->keys[i]);
        if (v->names) free(v->names[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->names);
    free(v->s);
    free(v->type);
    free(v);
}

tlang_kind tlang_kind_of(const tlang_value *v) { return v ? v->kind : TLANG_UNIT; }
long long tlang_as_int(const tlang_value *v) { return v && v->kind == TLANG_INT ? v->i : 0; }
double tlang_as_float(const tlang_value *v) { return v && v->kind == TLANG_FLOAT ? v->f : 0.0; }
int tlang_as_bool(const tlang_value *v) { return v && v->kind == TLANG_BOOL ? (int) v->i : 0; }
const char *tlang_as_str(const tlang_value *v) { return v && v->kind == TLANG_STR ? v->s : NULL; }
size_t tlang_len(const tlang_value *v) { return v ? v->n : 0; }
const tlang_value *tlang_item(const tlang_value *v, size_t i) { return v && v->items && i < v->n ? v->items[i] : NULL; }
const tlang_value *tlang_key(const tlang_value *v, size_t i) { return v && v->kind == TLANG_MAP && i < v->n ? v->keys[i] : NULL; }
const char *tlang_field_name(const tlang_value *v, size_t i) { return v && v->kind == TLANG_STRUCT && i < v->n ? v->names[i] : NULL; }
const char *tlang_type_name(const tlang_value *v) { return v && (v->kind == TLANG_STRUCT || v->kind == TLANG_VARIANT) ? v->type : NULL; }
const char *tlang_variant_name(const tlang_value *v) { return v && v->kind == TLANG_VARIANT ? v->s : NULL; }

const tlang_value *tlang_field(const tlang_value *v, const char *name) {
    if (!v || v->kind != TLANG_STRUCT || !name) return NULL;
    for (size_t i = 0; i < v->n; i++) if (v->names[i] && strcmp(v->names[i], name) == 0) return v->items[i];
    return NULL;
}
