//! What this build is: its version (the workspace's, in `Cargo.toml`: the one place it is set)
//! and the date of its data, for `madoguchi --version` and the app's About text.

use serde::Serialize;

/// The version of this build, from the workspace's `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The data's date: the newest `assured_date` of the shipped directory (`data/directory.toml`),
/// i.e. the day of the newest source that confirmed a contact route. Read by `build.rs`.
pub const DATA_DATE: &str = env!("MADOGUCHI_DATA_DATE");

/// The version and the data's date, as the About text shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct About {
    pub version: String,
    pub data_date: String,
}

/// This build's [`About`].
pub fn about() -> About {
    About {
        version: VERSION.to_owned(),
        data_date: DATA_DATE.to_owned(),
    }
}

/// `madoguchi --version`'s line after the command's name: `0.1.0 (data 2024-10-01)`.
pub const VERSION_LINE: &str = env!("MADOGUCHI_VERSION_LINE");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::App;

    #[test]
    fn data_date_is_the_newest_assured_date_of_the_shipped_directory() {
        let app = App::embedded().expect("embedded data is valid");
        let newest = app
            .content()
            .directory
            .services
            .iter()
            .map(|s| s.assured_date)
            .max()
            .expect("the directory has services");
        assert_eq!(DATA_DATE, newest.format("%Y-%m-%d").to_string());
    }

    #[test]
    fn version_is_the_workspace_version() {
        let manifest = include_str!("../../../Cargo.toml");
        let table: toml::Table = manifest.parse().expect("workspace Cargo.toml parses");
        let version = table["workspace"]["package"]["version"]
            .as_str()
            .expect("a version");
        assert_eq!(VERSION, version);
        assert_eq!(VERSION_LINE, format!("{version} (data {DATA_DATE})"));
    }
}
