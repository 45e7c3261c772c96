//! The `#[tauri::command]`s, generated from the desk's one list (`madoguchi_desk::with_commands!`):
//! each takes the arguments the UI sends, waits for the desk to be open and hands them to the
//! desk's function of the same name. `async`: they run on Tauri's thread pool, never on the
//! window's main thread.

use std::sync::{Arc, Condvar, Mutex};

use madoguchi_desk::Desk;

/// The desk while it is being opened on a background thread: the window and the page load in
/// the meantime, and the first command waits for it.
#[derive(Default)]
pub struct Loading {
    desk: Mutex<Option<Arc<Desk>>>,
    ready: Condvar,
}

impl Loading {
    pub fn set(&self, desk: Desk) {
        *self.desk.lock().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(desk));
        self.ready.notify_all();
    }

    /// The desk, once opened.
    pub fn get(&self) -> Arc<Desk> {
        let mut guard = self.desk.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if let Some(desk) = guard.as_ref() {
                return Arc::clone(desk);
            }
            guard = self.ready.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
    }
}

macro_rules! tauri_commands {
    ($( $(#[doc = $doc:literal])* $name:ident($args:ident { $($field:ident : $ty:ty),* $(,)? }) -> $ret:ty; )*) => {
        mod generated {
            #[allow(unused_imports)]
            use madoguchi_desk::prelude::*;
            use super::Loading;
            $(
                $(#[doc = $doc])*
                #[tauri::command(async)]
                pub fn $name(
                    desk: tauri::State<'_, Loading>,
                    $($field: $ty),*
                ) -> Result<$ret, CommandError> {
                    let args = madoguchi_desk::commands::args::$args { $($field),* };
                    madoguchi_desk::commands::$name(&desk.get(), args)
                }
            )*

            /// The invoke handler of every command.
            pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
                tauri::generate_handler![$($name),*]
            }
        }
        pub use generated::handler;
    };
}

madoguchi_desk::with_commands!(tauri_commands);
