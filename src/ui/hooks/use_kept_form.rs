//! A form whose unsaved state outlives its component: what was typed and not saved is kept
//! (in `ui::drafts`) when the component goes — another workload, another page — and comes
//! back when the same form opens again, unless it says what the saved value says. When the saved
//! value changes while the form is open (an undo, an import), the form follows it in every
//! field the person has not changed (`Rebase`).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::forms::Rebase;

pub struct KeptForm<F> {
    pub form: UseStateHandle<F>,
    /// The draft that came back when the form opened, if one did.
    pub restored: Option<F>,
    /// Forgets the draft: the form was saved, or what it edits is gone.
    pub settle: Rc<dyn Fn()>,
}

/// `pristine` is the form of the saved value; `kept` reads the form's draft once, when it
/// opens; `keep` stores (or, given `None`, forgets) it.
#[hook]
pub fn use_kept_form<F, K>(pristine: F, kept: K, keep: Rc<dyn Fn(Option<F>)>) -> KeptForm<F>
where
    F: Clone + PartialEq + Rebase + 'static,
    K: FnOnce() -> Option<F>,
{
    let restored = {
        let pristine = pristine.clone();
        (*use_state(move || kept().filter(|draft| *draft != pristine))).clone()
    };
    let form = {
        let (restored, pristine) = (restored.clone(), pristine.clone());
        use_state(move || restored.unwrap_or(pristine))
    };
    // The saved value the form was last rendered against: when it changes underneath, the form
    // is brought onto the new one before anything reads it.
    let base = use_mut_ref(|| pristine.clone());
    if *base.borrow() != pristine {
        let rebased = form.rebase(&base.borrow(), &pristine);
        *base.borrow_mut() = pristine.clone();
        if rebased != *form {
            form.set(rebased);
        }
    }
    // The unsaved form as of the last render, handed to `keep` when the component goes.
    let latest = use_mut_ref(|| None::<F>);
    if let Ok(mut latest) = latest.try_borrow_mut() {
        *latest = (*form != pristine).then(|| (*form).clone());
    }
    {
        let (latest, keep) = (latest.clone(), keep.clone());
        use_effect_with((), move |_| {
            move || {
                if let Ok(mut latest) = latest.try_borrow_mut() {
                    keep(latest.take());
                }
            }
        });
    }
    let settle: Rc<dyn Fn()> = Rc::new(move || {
        if let Ok(mut latest) = latest.try_borrow_mut() {
            *latest = None;
        }
        keep(None);
    });
    KeptForm {
        form,
        restored,
        settle,
    }
}
