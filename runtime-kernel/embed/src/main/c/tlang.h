/*
 * tlang.h: calling T from C. Link with libtlang.so (built from tlang.c against the JDK's libjvm).
 *
 *   tlang_config config = {.home = "/opt/tlang", .root = "./t"};
 *   tlang *t = tlang_init(&config);
 *   if (!t) { fprintf(stderr, "%s\n", tlang_error()); return 1; }
 *   tlang_value *args[] = {tlang_int(2), tlang_int(3)};
 *   tlang_value *sum;
 *   if (tlang_execute(t, "app.calc.add", args, 2, &sum) == 0) printf("%lld\n", tlang_as_int(sum));
 *   else fprintf(stderr, "%s\n", tlang_error());
 *   tlang_value_free(args[0]); tlang_value_free(args[1]); tlang_value_free(sum);
 *   tlang_shutdown(t);
 *
 * Values are trees the caller owns: free each one made or returned with tlang_value_free (which
 * frees what it holds; a constructor that takes other values takes them over). Strings are UTF-8.
 * A handle may be used from several threads (each is attached to the JVM on its first call).
 */
#ifndef TLANG_H
#define TLANG_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct tlang tlang;
typedef struct tlang_value tlang_value;

typedef enum {
    TLANG_INT, TLANG_FLOAT, TLANG_BOOL, TLANG_STR, TLANG_UNIT,
    TLANG_VEC, TLANG_MAP, TLANG_TUPLE, TLANG_STRUCT, TLANG_VARIANT
} tlang_kind;

typedef struct {
    /* the distribution folder (distribution/target/tlang); NULL: $TLANG_HOME */
    const char *home;
    /* the folder module names are found below (a package folder or loose .t files); NULL: "." */
    const char *root;
    /* grants of the T code by capability: "fs.read=/data", "net=127.0.0.1:*", "all"; NULL: the profile's */
    const char *const *allow;
    size_t nallow;
    /* each call's deadline in milliseconds and fuel (calls and loop back edges); 0: none */
    long long max_ms;
    long long max_fuel;
    /* more options for the JVM ("-Xmx512m"), used only by the first tlang_init of the process */
    const char *const *jvm_options;
    size_t njvm_options;
} tlang_config;

/* Starts the JVM (once per process) and a runtime; NULL on failure, with tlang_error() saying why. */
tlang *tlang_init(const tlang_config *config);

/*
 * Calls entry, "MODULE.FUNCTION" ("app.calc.add") or "FILE.t:FUNCTION", with nargs arguments
 * (not taken over). Returns 0 and sets *result, or -1 with tlang_error() saying why: no such module
 * or function, arguments that do not fit, a compile error, or a T panic with its T stack trace.
 */
int tlang_execute(tlang *t, const char *entry, tlang_value *const *args, size_t nargs, tlang_value **result);

/* Stops the runtime and frees the handle. The JVM stays (a process can start only one). */
void tlang_shutdown(tlang *t);

/* The message of the last call that failed on this thread; valid until the next call. */
const char *tlang_error(void);

/* Constructors. NULL for a string that is not wanted; each returns NULL only when out of memory. */
tlang_value *tlang_int(long long v);
tlang_value *tlang_float(double v);
tlang_value *tlang_bool(int v);
tlang_value *tlang_str(const char *utf8);
tlang_value *tlang_unit(void);
tlang_value *tlang_vec(tlang_value *const *items, size_t n);
tlang_value *tlang_tuple(tlang_value *const *items, size_t n);
tlang_value *tlang_map(tlang_value *const *keys, tlang_value *const *values, size_t n);
/* type may be NULL: the parameter's type says which struct or enum it is */
tlang_value *tlang_struct(const char *type, const char *const *names, tlang_value *const *fields, size_t n);
tlang_value *tlang_variant(const char *type, const char *variant, tlang_value *const *fields, size_t n);
tlang_value *tlang_some(tlang_value *v);
tlang_value *tlang_none(void);
tlang_value *tlang_ok(tlang_value *v);
tlang_value *tlang_err(tlang_value *v);
void tlang_value_free(tlang_value *v);

/* Accessors: 0 or NULL for a value of another kind (or an index out of range). */
tlang_kind tlang_kind_of(const tlang_value *v);
long long tlang_as_int(const tlang_value *v);
double tlang_as_float(const tlang_value *v);
int tlang_as_bool(const tlang_value *v);
const char *tlang_as_str(const tlang_value *v);
/* items of a Vec or tuple, entries of a Map, fields of a struct or variant */
size_t tlang_len(const tlang_value *v);
/* item i of a Vec or tuple, the value of entry i of a Map, field i of a struct or variant */
const tlang_value *tlang_item(const tlang_value *v, size_t i);
const tlang_value *tlang_key(const tlang_value *v, size_t i);
const char *tlang_field_name(const tlang_value *v, size_t i);
const tlang_value *tlang_field(const tlang_value *v, const char *name);
/* a struct's or enum's type ("app.calc.Point", "Option"), a variant's name ("Some") */
const char *tlang_type_name(const tlang_value *v);
const char *tlang_variant_name(const tlang_value *v);

#ifdef __cplusplus
}
#endif
#endif
