//! A global allocator for tests that counts, per thread, what each thread allocates and
//! frees, so that a test can measure the heap cost of the code it runs while other
//! threads (the test harness, other tests) allocate as they please.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// `System`, counting each thread's allocations in a thread-local [`Stats`].
pub struct Counting;

/// What one thread has allocated and freed since it started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Calls to `alloc` and `alloc_zeroed`.
    pub allocs: u64,
    /// Calls to `realloc`.
    pub reallocs: u64,
    /// Calls to `dealloc`.
    pub deallocs: u64,
    /// Bytes asked for: each `alloc`'s and `alloc_zeroed`'s size, and each `realloc`'s
    /// new size (a reallocation may copy the whole block). Growing a string or a vector
    /// by doubling adds up to a few times its final size; copying it whole at each step
    /// adds up to its size squared.
    pub allocated: u64,
    /// Bytes allocated less bytes freed, by this thread (a thread that frees memory
    /// another allocated counts it as freed).
    pub live: i64,
    /// The highest `live` has been since the last [`reset_peak`].
    pub peak: i64,
}

impl Stats {
    /// What happened between `before` and `self`: counts and live bytes as differences,
    /// the peak as the highest live bytes above `before`'s.
    pub fn since(self, before: Stats) -> Stats {
        Stats {
            allocs: self.allocs - before.allocs,
            reallocs: self.reallocs - before.reallocs,
            deallocs: self.deallocs - before.deallocs,
            allocated: self.allocated - before.allocated,
            live: self.live - before.live,
            peak: self.peak - before.live,
        }
    }
}

thread_local! {
    // Const-initialized and without a destructor, so that reading it never allocates
    // and works at any point of a thread's life.
    static STATS: Cell<Stats> = const {
        Cell::new(Stats { allocs: 0, reallocs: 0, deallocs: 0, allocated: 0, live: 0, peak: 0 })
    };
}

fn update(change: impl FnOnce(&mut Stats)) {
    let _ = STATS.try_with(|cell| {
        let mut stats = cell.get();
        change(&mut stats);
        stats.peak = stats.peak.max(stats.live);
        cell.set(stats);
    });
}

fn size(layout: Layout) -> i64 {
    i64::try_from(layout.size()).unwrap_or(i64::MAX)
}

fn bytes(size: usize) -> u64 {
    u64::try_from(size).unwrap_or(u64::MAX)
}

/// This thread's counts so far.
pub fn stats() -> Stats {
    STATS.try_with(Cell::get).unwrap_or_default()
}

/// Starts this thread's peak again from its live bytes now.
#[allow(dead_code)] // not every test binary measures a peak
pub fn reset_peak() {
    update(|stats| stats.peak = stats.live);
}

// SAFETY: every call goes to `System` unchanged; the counting around it touches only a
// thread-local `Cell` of plain integers, which neither allocates nor unwinds.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `layout` are passed on to `System`.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            update(|stats| {
                stats.allocs += 1;
                stats.allocated += bytes(layout.size());
                stats.live += size(layout);
            });
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            update(|stats| {
                stats.allocs += 1;
                stats.allocated += bytes(layout.size());
                stats.live += size(layout);
            });
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` (through this allocator) with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        update(|stats| {
            stats.deallocs += 1;
            stats.live -= size(layout);
        });
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's guarantees for `ptr`, `layout` and `new_size` are passed
        // on to `System`, which allocated `ptr`.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            update(|stats| {
                stats.reallocs += 1;
                stats.allocated += bytes(new_size);
                stats.live += i64::try_from(new_size).unwrap_or(i64::MAX) - size(layout);
            });
        }
        new
    }
}
