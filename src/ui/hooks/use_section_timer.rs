//! The workshop's section timer: the clock of the section on screen runs (none on the
//! summary), and the page is drawn again every second so both windows show it ticking.

use yew::prelude::*;

use crate::browser::clock::now_millis;
use crate::browser::timer::every;
use crate::domain::questions::Section;
use crate::domain::section_clock::{SectionClocks, TimerReading};

/// The reading for `section` (with its timebox in minutes), or `None` on the summary.
#[hook]
pub fn use_section_timer(on: Option<(Section, u32)>) -> Option<TimerReading> {
    let clocks = use_mut_ref(SectionClocks::default);
    let tick = use_state(|| 0u64);
    {
        let tick = tick.clone();
        use_effect_with((), move |_| {
            let mut count = 0;
            let repeating = every(1000, move || {
                count += 1;
                tick.set(count);
            });
            move || drop(repeating)
        });
    }
    let now = now_millis();
    let mut clocks = clocks.borrow_mut();
    match on {
        Some((section, timebox)) => {
            clocks.enter(section, now);
            Some(clocks.reading(section, timebox, now))
        }
        None => {
            clocks.stop(now);
            None
        }
    }
}
