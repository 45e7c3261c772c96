//! The one text table of the CLI (`report`, `train-results`): each column as wide as its widest
//! cell, the label columns on the left aligned left and the figures aligned right, two spaces
//! between columns.

use std::io::Write;

/// Prints `lines` (the header first) with the first `label_columns` columns aligned left.
pub fn print(
    lines: &[Vec<String>],
    label_columns: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let columns = lines.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            lines
                .iter()
                .filter_map(|l| l.get(i))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for line in lines {
        let cells: Vec<String> = line
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (s, &w))| {
                if i < label_columns {
                    format!("{s:<w$}")
                } else {
                    format!("{s:>w$}")
                }
            })
            .collect();
        writeln!(out, "{}", cells.join("  ").trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn labels_align_left_and_figures_right() {
        let lines = [
            row(&["region", "count"]),
            row(&["north", "12"]),
            row(&["total", "1234"]),
        ];
        let mut out = Vec::new();
        print(&lines, 1, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "region  count\nnorth      12\ntotal    1234\n"
        );
    }
}
