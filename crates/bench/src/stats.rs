//! Timing helpers.
//!
//! The machine is shared: wall-clock time counts the moments another process held the
//! core. So each measurement also reads the thread's own CPU time (Linux
//! `/proc/thread-self/schedstat`, nanoseconds on CPU), which does not; rates are
//! reported by both, and the CPU-time rate is the one to compare between runs.

use std::time::{Duration, Instant};

/// How long something took, by the wall clock and on the CPU.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    /// Elapsed real time.
    pub wall: Duration,
    /// Time this thread spent on the CPU, where the platform tells it.
    pub cpu: Option<Duration>,
}

/// The median of some figures (the mean of the middle two for an even count), so that
/// one run disturbed by another process does not move the result.
pub fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => 0.0,
        _ if n % 2 == 1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

/// Runs `f` once and returns how long it took.
pub fn time(f: impl FnOnce()) -> Timing {
    let cpu_start = thread_cpu_time();
    let start = Instant::now();
    f();
    let wall = start.elapsed();
    let cpu = match (cpu_start, thread_cpu_time()) {
        (Some(a), Some(b)) => b.checked_sub(a),
        _ => None,
    };
    Timing { wall, cpu }
}

/// Medians of a rate computed from `amount` over each timing, by wall clock and by CPU
/// time (`None` when any run lacks CPU time).
pub fn median_rates(amount: impl Fn(usize) -> f64, timings: &[Timing]) -> (f64, Option<f64>) {
    let rate = |i: usize, d: Duration| amount(i) / d.as_secs_f64().max(1e-9);
    let wall = median(
        timings
            .iter()
            .enumerate()
            .map(|(i, t)| rate(i, t.wall))
            .collect(),
    );
    let cpu: Option<Vec<f64>> = timings
        .iter()
        .enumerate()
        .map(|(i, t)| t.cpu.map(|c| rate(i, c)))
        .collect();
    (wall, cpu.map(median))
}

/// CPU time consumed by the calling thread so far (Linux only).
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse::<u64>().ok()?;
    Some(Duration::from_nanos(nanos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_even_and_empty() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(Vec::new()), 0.0);
    }

    #[test]
    fn rates_by_wall_and_cpu() {
        let t = |ms| Timing {
            wall: Duration::from_millis(ms),
            cpu: Some(Duration::from_millis(ms / 2)),
        };
        let (wall, cpu) = median_rates(|_| 1.0, &[t(1000), t(500), t(250)]);
        assert_eq!(wall, 2.0);
        assert_eq!(cpu, Some(4.0));
    }
}
