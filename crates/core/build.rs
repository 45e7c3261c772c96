// The data and locales are embedded with include_dir, which cannot tell cargo to watch them on
// stable Rust; without this an edited data file would leave a stale binary.
fn main() {
    println!("cargo:rerun-if-changed=../../data");
    println!("cargo:rerun-if-changed=../../locales");
}
