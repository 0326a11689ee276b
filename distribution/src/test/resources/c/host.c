/* A C host of EmbedCIT: calls the T functions of t/embed (app.calc) with each value kind through libtlang.so. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "tlang.h"

static int failures;
static tlang *t;

#define CHECK(cond, ...) do { if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); printf(__VA_ARGS__); printf("\n"); } } while (0)

/* Calls entry with args, frees them, and returns the result (NULL on error, with the message in tlang_error()). */
static tlang_value *call(const char *entry, size_t n, tlang_value **args) {
    tlang_value *result = NULL;
    int rc = tlang_execute(t, entry, args, n, &result);
    for (size_t i = 0; i < n; i++) tlang_value_free(args[i]);
    if (rc != 0) return NULL;
    return result;
}

static void *adder(void *arg) {
    long base = (long) arg;
    for (long i = 0; i < 100; i++) {
        tlang_value *r = call("app.calc.add", 2, (tlang_value *[]) {tlang_int(base), tlang_int(i)});
        CHECK(r && tlang_as_int(r) == base + i, "thread %ld: add gave %lld: %s", base, r ? tlang_as_int(r) : -1, tlang_error());
        tlang_value_free(r);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: host HOME ROOT\n");
        return 2;
    }
    tlang_config config = {.home = argv[1], .root = argv[2]};
    t = tlang_init(&config);
    if (!t) {
        printf("tlang_init failed: %s\n", tlang_error());
        return 1;
    }
    tlang_value *r;

    r = call("app.calc.add", 2, (tlang_value *[]) {tlang_int(2), tlang_int(3)});
    CHECK(r && tlang_kind_of(r) == TLANG_INT && tlang_as_int(r) == 5, "add: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.half", 1, (tlang_value *[]) {tlang_float(2.5)});
    CHECK(r && tlang_kind_of(r) == TLANG_FLOAT && tlang_as_float(r) == 1.25, "half: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.not", 1, (tlang_value *[]) {tlang_bool(1)});
    CHECK(r && tlang_kind_of(r) == TLANG_BOOL && tlang_as_bool(r) == 0, "not: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.greet", 1, (tlang_value *[]) {tlang_str("C \xc3\xa9")});
    CHECK(r && strcmp(tlang_as_str(r), "hello, C \xc3\xa9") == 0, "greet: %s %s", r ? tlang_as_str(r) : "", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.say", 1, (tlang_value *[]) {tlang_str("printed by T")});
    CHECK(r && tlang_kind_of(r) == TLANG_UNIT, "say: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.total", 1, (tlang_value *[]) {tlang_vec((tlang_value *[]) {tlang_int(1), tlang_int(2), tlang_int(3)}, 3)});
    CHECK(r && tlang_as_int(r) == 6, "total: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.squares", 1, (tlang_value *[]) {tlang_int(4)});
    CHECK(r && tlang_kind_of(r) == TLANG_VEC && tlang_len(r) == 4 && tlang_as_int(tlang_item(r, 3)) == 9, "squares: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.lengths", 1, (tlang_value *[]) {tlang_vec((tlang_value *[]) {tlang_str("one"), tlang_str("three")}, 2)});
    CHECK(r && tlang_kind_of(r) == TLANG_MAP && tlang_len(r) == 2 && strcmp(tlang_as_str(tlang_key(r, 1)), "three") == 0
          && tlang_as_int(tlang_item(r, 1)) == 5, "lengths: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.pair", 2, (tlang_value *[]) {tlang_int(7), tlang_str("x")});
    CHECK(r && tlang_kind_of(r) == TLANG_TUPLE && tlang_len(r) == 2 && tlang_as_int(tlang_item(r, 0)) == 7
          && strcmp(tlang_as_str(tlang_item(r, 1)), "x") == 0, "pair: %s", tlang_error());
    tlang_value_free(r);

    const char *xy[] = {"x", "y"};
    r = call("app.calc.norm", 1, (tlang_value *[]) {tlang_struct(NULL, xy, (tlang_value *[]) {tlang_float(3), tlang_float(4)}, 2)});
    CHECK(r && tlang_as_float(r) == 5.0, "norm: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.scale", 2, (tlang_value *[]) {tlang_struct("app.calc.Point", xy, (tlang_value *[]) {tlang_float(1), tlang_float(2)}, 2), tlang_float(2)});
    CHECK(r && tlang_kind_of(r) == TLANG_STRUCT && strcmp(tlang_type_name(r), "app.calc.Point") == 0
          && tlang_as_float(tlang_field(r, "y")) == 4.0 && strcmp(tlang_field_name(r, 0), "x") == 0, "scale: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.area", 1, (tlang_value *[]) {tlang_variant(NULL, "Rect", (tlang_value *[]) {tlang_float(3), tlang_float(4)}, 2)});
    CHECK(r && tlang_as_float(r) == 12.0, "area: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.find", 2, (tlang_value *[]) {tlang_vec((tlang_value *[]) {tlang_str("a"), tlang_str("b")}, 2), tlang_str("b")});
    CHECK(r && tlang_kind_of(r) == TLANG_VARIANT && strcmp(tlang_variant_name(r), "Some") == 0 && tlang_as_int(tlang_item(r, 0)) == 1,
          "find: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.find", 2, (tlang_value *[]) {tlang_vec(NULL, 0), tlang_str("b")});
    CHECK(r && strcmp(tlang_variant_name(r), "None") == 0 && tlang_len(r) == 0, "find none: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.parse", 1, (tlang_value *[]) {tlang_str("x")});
    CHECK(r && strcmp(tlang_type_name(r), "Result") == 0 && strcmp(tlang_variant_name(r), "Err") == 0
          && strcmp(tlang_as_str(tlang_item(r, 0)), "not a number: x") == 0, "parse: %s", tlang_error());
    tlang_value_free(r);

    r = call("app.calc.unwrap_or_zero", 1, (tlang_value *[]) {tlang_some(tlang_int(3))});
    CHECK(r && tlang_as_int(r) == 3, "some: %s", tlang_error());
    tlang_value_free(r);
    r = call("app.calc.unwrap_or_zero", 1, (tlang_value *[]) {tlang_none()});
    CHECK(r && tlang_as_int(r) == 0, "none: %s", tlang_error());
    tlang_value_free(r);

    /* a panic comes back as an error with the T stack trace */
    r = call("app.calc.divide", 2, (tlang_value *[]) {tlang_int(1), tlang_int(0)});
    CHECK(!r && strncmp(tlang_error(), "panic: division by zero\n    at app.calc.inner (src/app/calc.t:", 62) == 0
          && strstr(tlang_error(), "at app.calc.divide"), "divide: [%s]", tlang_error());

    /* bad input: clear messages, and the handle serves on */
    r = call("app.calc.nope", 0, NULL);
    CHECK(!r && strcmp(tlang_error(), "module app.calc has no pub fn `nope`") == 0, "nope: [%s]", tlang_error());
    r = call("app.nothing.f", 0, NULL);
    CHECK(!r && strncmp(tlang_error(), "no module app.nothing", 21) == 0, "nothing: [%s]", tlang_error());
    r = call("add", 0, NULL);
    CHECK(!r && strstr(tlang_error(), "is not MODULE.FUNCTION"), "entry: [%s]", tlang_error());
    r = call("app.calc.add", 1, (tlang_value *[]) {tlang_int(1)});
    CHECK(!r && strcmp(tlang_error(), "app.calc.add takes 2 arguments (a: Int, b: Int), got 1") == 0, "arity: [%s]", tlang_error());
    r = call("app.calc.add", 2, (tlang_value *[]) {tlang_int(1), tlang_str("x")});
    CHECK(!r && strcmp(tlang_error(), "app.calc.add: argument 2 `b`: expected Int, got Str \"x\"") == 0, "type: [%s]", tlang_error());
    tlang_value *null_arg[] = {NULL};
    CHECK(tlang_execute(t, "app.calc.not", null_arg, 1, &r) == -1 && strstr(tlang_error(), "argument 1 is NULL"), "null: [%s]", tlang_error());

    pthread_t threads[4];
    for (long i = 0; i < 4; i++) pthread_create(&threads[i], NULL, adder, (void *) (i * 1000));
    for (int i = 0; i < 4; i++) pthread_join(threads[i], NULL);

    r = call("app.calc.add", 2, (tlang_value *[]) {tlang_int(40), tlang_int(2)});
    CHECK(r && tlang_as_int(r) == 42, "after errors: %s", tlang_error());
    tlang_value_free(r);

    /* a T panic message beyond the BMP comes through as UTF-8 */
    r = call("app.calc.greet", 1, (tlang_value *[]) {tlang_str("\xf0\x9f\x98\x80")});
    CHECK(r && strcmp(tlang_as_str(r), "hello, \xf0\x9f\x98\x80") == 0, "emoji: %s", tlang_error());
    tlang_value_free(r);
    r = call("app.calc.fail", 1, (tlang_value *[]) {tlang_str("\xf0\x9f\x98\x80")});
    CHECK(!r && strncmp(tlang_error(), "panic: bad \xf0\x9f\x98\x80\n", 16) == 0, "emoji panic: [%s]", tlang_error());

    /* a second handle in the same process: a runtime of its own, with its own statics */
    tlang *second = tlang_init(&config);
    CHECK(second != NULL, "second init: %s", tlang_error());
    if (second) {
        tlang *first = t;
        r = call("app.calc.count", 0, NULL);
        long long mine = r ? tlang_as_int(r) : -1;
        tlang_value_free(r);
        t = second;
        r = call("app.calc.count", 0, NULL);
        CHECK(r && tlang_as_int(r) == 1 && mine >= 1, "second count: %lld, first %lld: %s", r ? tlang_as_int(r) : -1, mine, tlang_error());
        tlang_value_free(r);
        tlang_shutdown(second);
        t = first;
    }

    tlang_shutdown(t);
    if (failures) {
        printf("%d checks failed\n", failures);
        return 1;
    }
    printf("all checks passed\n");
    return 0;
}
