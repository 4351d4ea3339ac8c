//! How much one bucket allows: a burst of `n`, then one more every interval (GCRA, as
//! governor's `Quota::per_hour(n)` or `with_period(t).allow_burst(n)` did). Written in the
//! configuration as `N` (N an hour) or `N/PERIOD` (N at once, and N per PERIOD over time):
//! `20/hour`, `30/5min`, `10/90s`.

/// A burst and the time one request takes to come back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quota {
    /// Requests allowed at once.
    pub burst: u32,
    /// Milliseconds until one more is allowed.
    pub interval_ms: i64,
}

/// The most requests one bucket may allow at once.
const MAX_BURST: u32 = 100_000;
/// The longest period: a day.
const MAX_PERIOD_MS: i64 = 24 * 3600 * 1000;

impl Quota {
    /// `n` at once, and `n` an hour over time.
    pub const fn per_hour(n: u32) -> Self {
        Quota {
            burst: n,
            interval_ms: 3_600_000 / n as i64,
        }
    }

    /// `burst` at once, then one every `seconds`.
    pub const fn burst_then_every(burst: u32, seconds: u32) -> Self {
        Quota {
            burst,
            interval_ms: seconds as i64 * 1000,
        }
    }

    /// How far ahead of now a bucket's theoretical arrival time may be and still allow one
    /// more: the burst less one, in intervals.
    pub fn tolerance_ms(self) -> i64 {
        i64::from(self.burst.saturating_sub(1)) * self.interval_ms
    }

    /// Reads `N` (per hour) or `N/PERIOD`, PERIOD being a unit (`s`, `min`, `h`, or `second`,
    /// `minute`, `hour`, plural or not) with an optional whole number before it. N is 1 to
    /// 100,000, the period at most a day, and the interval (period / N) at least 1 ms.
    pub fn parse(value: &str) -> Option<Self> {
        let (count, period) = match value.trim().split_once('/') {
            Some((count, period)) => (count.trim(), period_ms(period.trim())?),
            None => (value.trim(), 3_600_000),
        };
        let burst = count.parse::<u32>().ok()?;
        if !(1..=MAX_BURST).contains(&burst) || period > MAX_PERIOD_MS {
            return None;
        }
        let interval_ms = period / i64::from(burst);
        (interval_ms >= 1).then_some(Quota { burst, interval_ms })
    }
}

/// Milliseconds in a period such as `hour`, `5min` or `90s`.
fn period_ms(period: &str) -> Option<i64> {
    let split = period
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(period.len());
    let (number, unit) = period.split_at(split);
    let number = match number {
        "" => 1,
        digits => digits.parse::<i64>().ok().filter(|n| *n >= 1)?,
    };
    let unit_ms = match unit.trim() {
        "s" | "sec" | "second" | "seconds" => 1000,
        "m" | "min" | "minute" | "minutes" => 60_000,
        "h" | "hour" | "hours" => 3_600_000,
        _ => return None,
    };
    number.checked_mul(unit_ms)
}

#[cfg(test)]
mod tests {
    use super::Quota;

    #[test]
    fn a_count_alone_is_per_hour_and_a_period_spreads_it() {
        assert_eq!(Quota::parse("20"), Some(Quota::per_hour(20)));
        assert_eq!(Quota::parse(" 20 / hour "), Some(Quota::per_hour(20)));
        assert_eq!(Quota::parse("5/h"), Some(Quota::per_hour(5)));
        assert_eq!(
            Quota::parse("30/5min"),
            Some(Quota::burst_then_every(30, 10)),
            "the sign-ins' default"
        );
        assert_eq!(
            Quota::parse("10/90s"),
            Some(Quota {
                burst: 10,
                interval_ms: 9000
            })
        );
        assert_eq!(Quota::per_hour(20).interval_ms, 180_000);
        assert_eq!(Quota::per_hour(20).tolerance_ms(), 19 * 180_000);
    }

    #[test]
    fn nonsense_and_extremes_are_refused() {
        for bad in [
            "",
            "0",
            "-1",
            "twenty",
            "20/",
            "20/fortnight",
            "20/0s",
            "20/2d",
            "100001",
            "20/25h",
            "2000/1s",
            "1.5/h",
        ] {
            assert_eq!(Quota::parse(bad), None, "{bad:?}");
        }
    }
}
