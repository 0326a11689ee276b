/* Calls T from C: boots the runtime, calls three functions of t/shapes.t, shuts down. */
#include <stdio.h>

#include "tlang.h"

int main(void) {
    tlang_config config = {.root = "t"}; /* the distribution comes from $TLANG_HOME */
    tlang *t = tlang_init(&config);
    if (!t) {
        fprintf(stderr, "tlang_init: %s\n", tlang_error());
        return 1;
    }

    const char *xy[] = {"x", "y"};
    tlang_value *args[] = {
        tlang_struct(NULL, xy, (tlang_value *[]) {tlang_float(0), tlang_float(0)}, 2),
        tlang_struct(NULL, xy, (tlang_value *[]) {tlang_float(3), tlang_float(4)}, 2),
    };
    tlang_value *result;
    if (tlang_execute(t, "shapes.distance", args, 2, &result) == 0) {
        printf("distance = %g\n", tlang_as_float(result));
        tlang_value_free(result);
    }
    tlang_value_free(args[0]);
    tlang_value_free(args[1]);

    tlang_value *names[] = {tlang_vec((tlang_value *[]) {tlang_str("ada"), tlang_str("grace")}, 2)};
    if (tlang_execute(t, "shapes.describe", names, 1, &result) == 0) {
        for (size_t i = 0; i < tlang_len(result); i++) {
            printf("%s has %lld letters\n", tlang_as_str(tlang_key(result, i)), tlang_as_int(tlang_item(result, i)));
        }
        tlang_value_free(result);
    }
    tlang_value_free(names[0]);

    tlang_value *division[] = {tlang_int(7), tlang_int(0)};
    if (tlang_execute(t, "shapes.checked_div", division, 2, &result) != 0) printf("error: %s\n", tlang_error());
    tlang_value_free(division[0]);
    tlang_value_free(division[1]);

    tlang_shutdown(t);
    return 0;
}
