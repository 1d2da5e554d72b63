//! The workload editor's tabs: the form, then what only an existing workload has. A tab list
//! as every tab list works: click a tab, or move with the arrow keys.

use yew::prelude::*;

use crate::browser::page::focus;

/// The editor's tabs: the form, then what only an existing workload has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Details,
    Assets,
    Dependencies,
    Assessment,
    Checkpoints,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Details,
        Tab::Assets,
        Tab::Dependencies,
        Tab::Assessment,
        Tab::Checkpoints,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Tab::Details => "details",
            Tab::Assets => "assets",
            Tab::Dependencies => "dependencies",
            Tab::Assessment => "assessment",
            Tab::Checkpoints => "checkpoints",
        }
    }
}

/// The tab buttons, their labels counting what each tab holds.
pub fn tab_list(
    tab: &UseStateHandle<Tab>,
    assets: usize,
    dependencies: usize,
    (answered, questions): (usize, usize),
) -> Html {
    let on_key = {
        let tab = tab.clone();
        Callback::from(move |event: KeyboardEvent| {
            let step: isize = match event.key().as_str() {
                "ArrowRight" => 1,
                "ArrowLeft" => -1,
                _ => return,
            };
            event.prevent_default();
            let at = Tab::ALL.iter().position(|t| *t == *tab).unwrap_or(0) as isize;
            let next = Tab::ALL[(at + step).rem_euclid(Tab::ALL.len() as isize) as usize];
            tab.set(next);
            focus(&format!("tab-{}", next.id()));
        })
    };
    let button = |t: &Tab| {
        let selected = **tab == *t;
        let pick = {
            let (tab, t) = (tab.clone(), *t);
            Callback::from(move |_| tab.set(t))
        };
        let label = match t {
            Tab::Details => "Details".to_owned(),
            Tab::Assets => format!("Assets ({assets})"),
            Tab::Dependencies => format!("Dependencies ({dependencies})"),
            Tab::Assessment => format!("Assessment ({answered}/{questions})"),
            Tab::Checkpoints => "Checkpoints".to_owned(),
        };
        html! {
            <button type="button" role="tab" id={format!("tab-{}", t.id())} aria-controls={format!("panel-{}", t.id())}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }} onclick={pick}>{ label }</button>
        }
    };
    html! {
        <div role="tablist" aria-label="Workload sections" class="tabs" onkeydown={on_key}>
            { for Tab::ALL.iter().map(button) }
        </div>
    }
}
