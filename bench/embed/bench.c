/* Cost of one tlang_execute round trip from C (arguments made, call, result read and freed), against
 * a plain C call through a function pointer. Prints "NAME NS": the median of ROUNDS rounds of CALLS
 * calls each, after as many calls to warm up. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "tlang.h"

#define ROUNDS 21

static tlang *t;
static volatile long long sink;

static long long add(long long a, long long b) { return a + b; }
static long long (*volatile plain)(long long, long long) = add;

static long long call_add(long i) {
    tlang_value *args[] = {tlang_int(i), tlang_int(1)}, *r;
    long long v = tlang_execute(t, "bench.add", args, 2, &r) == 0 ? tlang_as_int(r) : -1;
    if (v < 0) { fprintf(stderr, "%s\n", tlang_error()); exit(1); }
    tlang_value_free(args[0]); tlang_value_free(args[1]); tlang_value_free(r);
    return v;
}

static long long call_greet(long i) {
    (void) i;
    tlang_value *args[] = {tlang_str("T")}, *r;
    if (tlang_execute(t, "bench.greet", args, 1, &r) != 0) { fprintf(stderr, "%s\n", tlang_error()); exit(1); }
    long long v = (long long) tlang_as_str(r)[0];
    tlang_value_free(args[0]); tlang_value_free(r);
    return v;
}

static long long call_plain(long i) { return plain(i, 1); }

static int by_value(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

static double now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static double median(long calls, long long (*body)(long)) {
    for (long i = 0; i < calls; i++) sink += body(i);
    double ns[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        double t0 = now_ns();
        for (long i = 0; i < calls; i++) sink += body(i);
        ns[r] = (now_ns() - t0) / calls;
    }
    qsort(ns, ROUNDS, sizeof ns[0], by_value);
    return ns[ROUNDS / 2];
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: bench HOME CALLS ROOT\n"); return 2; }
    long calls = atol(argv[2]);
    tlang_config config = {.home = argv[1], .root = argv[3]};
    t = tlang_init(&config);
    if (!t) { fprintf(stderr, "%s\n", tlang_error()); return 1; }
    printf("c-plain %.1f\n", median(calls * 100, call_plain));
    printf("c-add %.1f\n", median(calls, call_add));
    printf("c-greet %.1f\n", median(calls, call_greet));
    tlang_shutdown(t);
    return 0;
}
