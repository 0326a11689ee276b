// Fannkuch-redux: permutations of 1..n, pancake flips, checksum and maximum flips.
fn fannkuch(n: Int) -> (Int, Int) {
    let perm = Vec::with(n, 0);
    let perm1 = Vec::with(n, 0);
    let count = Vec::with(n, 0);
    let mut i = 0;
    while i < n { perm1[i] = i; i += 1; }
    let mut max_flips = 0;
    let mut checksum = 0;
    let mut perm_count = 0;
    let mut r = n;
    loop {
        while r != 1 { count[r - 1] = r; r -= 1; }
        let mut k = 0;
        while k < n { perm[k] = perm1[k]; k += 1; }
        let mut flips = 0;
        let mut first = perm[0];
        while first != 0 {
            let mut lo = 0;
            let mut hi = first;
            while lo < hi {
                let t = perm[lo];
                perm[lo] = perm[hi];
                perm[hi] = t;
                lo += 1;
                hi -= 1;
            }
            flips += 1;
            first = perm[0];
        }
        if flips > max_flips { max_flips = flips; }
        if perm_count % 2 == 0 { checksum += flips; } else { checksum -= flips; }
        loop {
            if r == n { return (checksum, max_flips); }
            let perm0 = perm1[0];
            let mut j = 0;
            while j < r { perm1[j] = perm1[j + 1]; j += 1; }
            perm1[r] = perm0;
            count[r] -= 1;
            if count[r] > 0 { break; }
            r += 1;
        }
        perm_count += 1;
    }
}

// args: N [REPS]: the workload runs REPS times, each printing its time; the result is printed once.
fn main(args: Vec<Str>) {
    let n = args[0].parse_int().unwrap();
    let reps = if args.len() > 1 { args[1].parse_int().unwrap() } else { 1 };
    for rep in 0..reps {
        let t0 = now_ms();
        let (checksum, flips) = fannkuch(n);
        eprintln("ms {now_ms() - t0}");
        if rep == 0 {
            println("{checksum}");
            println("Pfannkuchen({n}) = {flips}");
        }
    }
}
