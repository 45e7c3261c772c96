// The data and locales are embedded with include_dir, which cannot tell cargo to watch them on
// stable Rust; without this an edited data file would leave a stale binary.
fn main() {
    println!("cargo:rerun-if-changed=../../data");
    println!("cargo:rerun-if-changed=../../locales");
    // The data's date (`about::DATA_DATE`): the newest `assured_date` of the shipped directory.
    // Read here so that `--version` and the About text need no parsing at run time; a test checks
    // it against the parsed, validated directory.
    let text = std::fs::read_to_string("../../data/directory.toml").unwrap_or_default();
    let newest = text
        .lines()
        .filter_map(|line| line.trim().strip_prefix("assured_date"))
        .filter_map(|rest| rest.trim_start().strip_prefix('='))
        .filter_map(|rest| rest.trim_start().strip_prefix('"'))
        .filter_map(|rest| rest.get(..10))
        .max()
        .unwrap_or("unknown");
    println!("cargo:rustc-env=MADOGUCHI_DATA_DATE={newest}");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    println!("cargo:rustc-env=MADOGUCHI_VERSION_LINE={version} (data {newest})");
}
