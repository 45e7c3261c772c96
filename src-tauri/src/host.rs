//! What only the desktop can do for the desk (`madoguchi_desk::Host`): the native yes/no dialog
//! a purge or a shorter retention needs, the save dialog of a report export, printing, and
//! handing a contact's URL to the system. Dialogs are the system's (GTK, Win32, AppKit) through
//! tauri-plugin-dialog — the yes/no question on Linux GTK's own, to focus No — opened by Rust,
//! modal to the window; none of the plugin's commands is in the webview's capability, so a
//! script in the page cannot answer them.

use std::path::PathBuf;

use madoguchi_desk::confirm::Question;
use madoguchi_desk::{Host, SaveDialog};
use tauri::{AppHandle, Manager, WebviewWindow, Wry};
use tauri_plugin_dialog::DialogExt;
#[cfg(not(target_os = "linux"))]
use tauri_plugin_dialog::{MessageDialogButtons, MessageDialogKind};

use crate::MAIN_WINDOW;

pub struct TauriHost {
    app: AppHandle<Wry>,
}

impl TauriHost {
    pub fn new(app: AppHandle<Wry>) -> Self {
        TauriHost { app }
    }

    fn window(&self) -> Option<WebviewWindow<Wry>> {
        self.app.get_webview_window(MAIN_WINDOW)
    }
}

impl Host for TauriHost {
    /// True only when the person pressed Yes. Blocks the command's thread until answered.
    /// On Linux, GTK's dialog with No focused and the default: Return or Escape is No, and
    /// Yes takes a deliberate move (the plugin's dialog focuses its first button, Yes).
    #[cfg(target_os = "linux")]
    fn confirm(&self, question: &Question) -> bool {
        let (answer, answered) = std::sync::mpsc::channel();
        let question = question.clone();
        let window = self.window();
        let shown = self.app.run_on_main_thread(move || {
            let parent = window.and_then(|w| w.gtk_window().ok());
            show_gtk_confirm(&question, parent.as_ref(), answer);
        });
        // No answer (the dialog never shown, or gone without a response) is No.
        shown.is_ok() && answered.recv().unwrap_or(false)
    }

    #[cfg(not(target_os = "linux"))]
    fn confirm(&self, question: &Question) -> bool {
        let mut dialog = self
            .app
            .dialog()
            .message(&question.message)
            .title(&question.title)
            .kind(MessageDialogKind::Warning)
            .buttons(MessageDialogButtons::OkCancelCustom(
                question.yes.clone(),
                question.no.clone(),
            ));
        if let Some(window) = self.window() {
            dialog = dialog.parent(&window);
        }
        dialog.blocking_show()
    }

    /// Opens in the documents folder, else home, else the desk's data folder.
    fn choose_save_path(&self, d: &SaveDialog) -> Result<Option<PathBuf>, String> {
        let paths = self.app.path();
        let folder = paths
            .document_dir()
            .ok()
            .filter(|p| p.is_dir())
            .or_else(|| paths.home_dir().ok().filter(|p| p.is_dir()))
            .unwrap_or_else(|| d.fallback_folder.clone());
        let mut dialog = self
            .app
            .dialog()
            .file()
            .set_title(&d.title)
            .add_filter(&d.filter, d.extensions)
            .set_directory(folder)
            .set_file_name(&d.file_name);
        if let Some(window) = self.window() {
            dialog = dialog.set_parent(&window);
        }
        match dialog.blocking_save_file() {
            None => Ok(None),
            Some(chosen) => chosen.into_path().map(Some).map_err(|e| e.to_string()),
        }
    }

    fn open_url(&self, url: &str) -> Result<(), String> {
        crate::links::open(url).map_err(|e| e.to_string())
    }

    /// The webview's own print, not the page's `window.print()`: WebKitGTK shows no dialog for
    /// that in every setup.
    fn print(&self) -> Result<(), String> {
        let window = self.window().ok_or("the window is closed")?;
        window.print().map_err(|e| e.to_string())
    }
}

/// The yes/no dialog on GTK, as the plugin's looks (title, then the message), with the buttons
/// in GNOME's order (No, then Yes at the end) and No focused and the default; true goes to
/// `answer` only for Yes. Shown without a nested main loop (the window's own events go on), on
/// the main thread.
#[cfg(target_os = "linux")]
fn show_gtk_confirm(
    question: &Question,
    parent: Option<&gtk::ApplicationWindow>,
    answer: std::sync::mpsc::Sender<bool>,
) {
    use gtk::prelude::*;
    use gtk::{ButtonsType, DialogFlags, MessageDialog, MessageType, ResponseType};
    let dialog = MessageDialog::new(
        parent,
        DialogFlags::MODAL | DialogFlags::DESTROY_WITH_PARENT,
        MessageType::Warning,
        ButtonsType::None,
        &question.title,
    );
    dialog.set_title(&question.title);
    dialog.set_secondary_text(Some(&question.message));
    dialog.add_button(&question.no, ResponseType::Cancel);
    dialog.add_button(&question.yes, ResponseType::Accept);
    dialog.set_default_response(ResponseType::Cancel);
    let answered = std::cell::Cell::new(false);
    dialog.connect_response(move |dialog, response| {
        // The first response counts: closing the dialog below answers again (DeleteEvent).
        if !answered.replace(true) {
            let _ = answer.send(response == ResponseType::Accept);
        }
        // Escape and the close button are a delete event, which destroys the dialog itself.
        if response != ResponseType::DeleteEvent {
            dialog.close();
        }
    });
    dialog.show();
    if let Some(no) = dialog.widget_for_response(ResponseType::Cancel) {
        no.grab_focus();
    }
}
