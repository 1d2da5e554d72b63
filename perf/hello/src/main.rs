//! Hello, world in Yew, marking its first render like waveplan does.
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    use_effect_with((), |_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("waveplan-first-render");
        }
    });
    html! { <h1>{ "Hello, world" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
