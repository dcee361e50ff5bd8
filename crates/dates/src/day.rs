//! Calendar days with the arithmetic time expressions need.

use std::fmt;

/// A day of the proleptic Gregorian calendar, as days since 1970-01-01, so
/// that adding days and comparing are integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i32);

/// Years outside this range are not dates a news text gives.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

impl Day {
    /// The day `y-m-d`, when it exists.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Day> {
        if !YEARS.contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
            return None;
        }
        Some(Day(days_from_civil(y, m, d)))
    }

    /// Parses `YYYY-MM-DD` (more may follow: `2025-05-05T10:00Z`).
    pub fn parse(s: &str) -> Option<Day> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = s.get(..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        Day::from_ymd(y, m, d)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i32 {
        self.0
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// Year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// Month, 1–12.
    pub fn month(self) -> u32 {
        self.ymd().1
    }

    /// Day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// `n` days later (earlier when negative); saturates at the calendar's ends.
    pub fn add_days(self, n: i32) -> Day {
        let min = days_from_civil(*YEARS.start(), 1, 1);
        let max = days_from_civil(*YEARS.end(), 12, 31);
        Day(self.0.saturating_add(n).clamp(min, max))
    }

    /// `n` calendar months later, the day clamped to the month's length
    /// (Jan 31 + 1 month = Feb 28 or 29).
    pub fn add_months(self, n: i32) -> Day {
        let (y, m, d) = self.ymd();
        let total = (y * 12 + m as i32 - 1).saturating_add(n);
        let (y, m) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        let y = y.clamp(*YEARS.start(), *YEARS.end());
        Day(days_from_civil(y, m, d.min(days_in_month(y, m))))
    }

    /// `n` years later (Feb 29 becomes Feb 28 in a common year).
    pub fn add_years(self, n: i32) -> Day {
        self.add_months(n.saturating_mul(12))
    }

    /// The Monday of this day's week.
    pub fn week_start(self) -> Day {
        self.add_days(-(self.weekday() as i32))
    }

    /// The first of this day's month.
    pub fn month_start(self) -> Day {
        let (y, m, _) = self.ymd();
        Day(days_from_civil(y, m, 1))
    }

    /// January 1 of this day's year.
    pub fn year_start(self) -> Day {
        Day(days_from_civil(self.year(), 1, 1))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `YYYY-MM-DD` by hand: years stay within 1–9999, and an event
        // record writes a date or two, where the formatting machinery
        // costs more than the rest.
        let (y, m, d) = self.ymd();
        let (y, m, d) = (y.clamp(0, 9999) as u32, m % 100, d % 100);
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let out = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ];
        f.write_str(std::str::from_utf8(&out).unwrap_or_default())
    }
}

/// Days in month `m` of year `y`.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// The two conversions below follow the well-known civil-calendar algorithms
// (eras of 400 years, March-based years so that leap days come last).
fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        Day::parse(s).unwrap()
    }

    #[test]
    fn round_trips_and_weekdays() {
        for s in ["1970-01-01", "2000-02-29", "2024-12-31", "2025-05-05", "1999-03-01"] {
            assert_eq!(day(s).to_string(), s);
        }
        assert_eq!(day("2025-05-05").weekday(), 0, "a Monday");
        assert_eq!(day("2024-02-29").weekday(), 3, "a Thursday");
        assert_eq!(Day::from_ymd(2025, 2, 29), None);
        assert_eq!(Day::parse("2025-13-01"), None);
    }

    proptest::proptest! {
        #[test]
        fn writes_as_the_format_machinery(days in -800_000i32..3_000_000) {
            let d = Day::from_ymd(1, 1, 1).unwrap().add_days(days);
            let (y, m, dd) = d.ymd();
            proptest::prop_assert_eq!(d.to_string(), format!("{y:04}-{m:02}-{dd:02}"));
        }
    }

    #[test]
    fn month_and_year_arithmetic_clamps() {
        assert_eq!(day("2025-01-31").add_months(1).to_string(), "2025-02-28");
        assert_eq!(day("2024-02-29").add_years(-1).to_string(), "2023-02-28");
        assert_eq!(day("2025-01-15").add_months(-1).to_string(), "2024-12-15");
        assert_eq!(day("2025-05-08").week_start().to_string(), "2025-05-05");
        assert_eq!(day("9999-12-31").add_days(5).to_string(), "9999-12-31");
    }
}
