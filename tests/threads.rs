//! `plan()` from many threads at once: every thread gets the same plan, and it is
//! loaded once. The test binary counts allocations per thread through its own global
//! allocator (`tests/common`), which shows independently of the library how many loads
//! the threads' first calls made between them.

mod common;

use std::sync::Barrier;
use std::thread;

use common::{Counting, Stats};
use wuzhong_plan::{PLAN_JSON_COMPACT, Plan};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const THREADS: usize = 16;

#[test]
fn threads_share_one_plan_loaded_once() {
    // The first load in a process also builds the statics the library makes on first
    // use (the table of department names, some 640 allocations); build them now, on
    // this thread, so that what the threads allocate below is loads of the plan only.
    drop(Plan::from_json(PLAN_JSON_COMPACT).unwrap());

    let barrier = Barrier::new(THREADS);
    // Each thread's address of the plan and what its call to `plan()` allocated.
    let results: Vec<(usize, Stats)> = thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                scope.spawn(|| {
                    barrier.wait();
                    let before = common::stats();
                    let plan = wuzhong_plan::plan();
                    let cost = common::stats().since(before);
                    (std::ptr::from_ref(plan) as usize, cost)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap())
            .collect()
    });

    let first = results[0].0;
    assert!(
        results.iter().all(|&(address, _)| address == first),
        "the threads got different plans: {:x?}",
        results.iter().map(|r| r.0).collect::<Vec<_>>()
    );
    assert!(std::ptr::eq(wuzhong_plan::plan(), first as *const Plan));
    assert_eq!(wuzhong_plan::plan().tasks().len(), 50);

    // What the first calls allocated between them, against one load measured now.
    let concurrent: u64 = results.iter().map(|(_, cost)| cost.allocs).sum();
    let loading = results.iter().filter(|(_, cost)| cost.allocs > 0).count();
    let before = common::stats();
    let one = Plan::from_json(PLAN_JSON_COMPACT).unwrap();
    let cost = common::stats().since(before);
    // The allocations a loaded plan holds: what one load must make, and two would make
    // twice. (`Plan::from_json` makes more besides, since it reads the text again to
    // check it, and frees that.)
    let held = cost.allocs - cost.deallocs;
    println!(
        "{THREADS} threads' first calls to plan(): {concurrent} allocations in all, on \
         {loading} thread(s); one loaded plan holds {held} allocations"
    );
    assert_eq!(&one, wuzhong_plan::plan());
    assert!(held > 500, "one loaded plan holds {held} allocations");
    assert!(
        concurrent >= held && concurrent < 2 * held,
        "the first calls made {concurrent} allocations, one loaded plan holds {held}"
    );
    assert_eq!(loading, 1, "more than one thread allocated in plan()");
}
