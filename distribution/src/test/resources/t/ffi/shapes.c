/* The project's own C library for FfiIT, built with gcc when the test starts. */
#include <stddef.h>

typedef struct { double x; double y; } Point;
typedef struct { int id; Point at; char tag; } Marker;

double pt_norm2(Point p) { return p.x * p.x + p.y * p.y; }

Point pt_add(Point a, Point b) {
    Point r = { a.x + b.x, a.y + b.y };
    return r;
}

void pt_scale(Point *p, double k) {
    p->x *= k;
    p->y *= k;
}

Point *pt_origin(int present) {
    static Point origin = { 0.5, -0.5 };
    return present ? &origin : NULL;
}

void pt_squares(long *out, int n) {
    for (int i = 0; i < n; i++) out[i] = (long) i * i;
}

long pt_fold(const long *xs, int n, long (*f)(long, long), long init) {
    long acc = init;
    for (int i = 0; i < n; i++) acc = f(acc, xs[i]);
    return acc;
}

int marker_touch(Marker *m) {
    m->tag = 'z';
    m->at.y += 1.0;
    return m->id + (int) m->at.x;
}

size_t marker_size(void) { return sizeof(Marker); }

float pt_mix(char c, short s, long long ll, float f) { return c + s + ll + f; }

void pt_each(const double *xs, int n, void (*f)(double)) {
    for (int i = 0; i < n; i++) f(xs[i]);
}
