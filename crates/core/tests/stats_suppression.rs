//! Suppression: small counts are hidden, and no hidden count can be worked out from what is
//! shown. Checked with an oracle independent of the implementation: a hidden entry is exactly
//! recoverable iff its unit vector lies in the row space of the table's additivity equations
//! restricted to the hidden entries (rank test, exact arithmetic modulo a prime; the equations
//! form a network matrix, totally unimodular, so ranks agree with those over the rationals).

use madoguchi_core::{
    report, suppress, with_totals, Cell, CountRow, Dimension, Dimensions, Period, Table, Threshold,
    YearMonth,
};
use proptest::prelude::*;

const P: i64 = 1_000_000_007;

fn rank(mut m: Vec<Vec<i64>>) -> usize {
    let cols = m.first().map_or(0, Vec::len);
    let mut r = 0;
    for c in 0..cols {
        let Some(p) = (r..m.len()).find(|&i| m[i][c].rem_euclid(P) != 0) else {
            continue;
        };
        m.swap(r, p);
        let inv = pow(m[r][c].rem_euclid(P), P - 2);
        for v in m[r].iter_mut() {
            *v = (*v).rem_euclid(P) * inv % P;
        }
        let pivot = m[r].clone();
        for (i, row) in m.iter_mut().enumerate() {
            let f = row[c].rem_euclid(P);
            if i != r && f != 0 {
                for (v, pv) in row.iter_mut().zip(&pivot) {
                    *v = (*v - f * pv).rem_euclid(P);
                }
            }
        }
        r += 1;
    }
    r
}

fn pow(mut b: i64, mut e: i64) -> i64 {
    let mut acc = 1;
    b %= P;
    while e > 0 {
        if e & 1 == 1 {
            acc = acc * b % P;
        }
        b = b * b % P;
        e >>= 1;
    }
    acc
}

/// The hidden entries of a grid (last row and column are totals) that can be computed exactly.
fn recoverable(hidden: &[Vec<bool>]) -> Vec<(usize, usize)> {
    let nr = hidden.len();
    let nc = hidden[0].len();
    let unknowns: Vec<(usize, usize)> = (0..nr)
        .flat_map(|r| (0..nc).map(move |c| (r, c)))
        .filter(|&(r, c)| hidden[r][c])
        .collect();
    // One equation per line: interior entries +1, the line's total -1.
    let mut eqs = Vec::new();
    for r in 0..nr {
        eqs.push(
            unknowns
                .iter()
                .map(|&(ur, uc)| match (ur == r, uc + 1 == nc) {
                    (true, false) => 1,
                    (true, true) => -1,
                    _ => 0,
                })
                .collect::<Vec<i64>>(),
        );
    }
    for c in 0..nc {
        eqs.push(
            unknowns
                .iter()
                .map(|&(ur, uc)| match (uc == c, ur + 1 == nr) {
                    (true, false) => 1,
                    (true, true) => -1,
                    _ => 0,
                })
                .collect(),
        );
    }
    let base = rank(eqs.clone());
    unknowns
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            let mut with = eqs.clone();
            let mut unit = vec![0; unknowns.len()];
            unit[*i] = 1;
            with.push(unit);
            rank(with) == base
        })
        .map(|(_, &u)| u)
        .collect()
}

/// The literal check: no hidden entry equals a shown total minus the shown entries of its line.
fn line_gives_away(hidden: &[Vec<bool>]) -> Option<String> {
    let nc = hidden[0].len();
    for (r, row) in hidden.iter().enumerate() {
        if row.iter().filter(|&&h| h).count() == 1 {
            return Some(format!("row {r} has one hidden entry"));
        }
    }
    for c in 0..nc {
        if hidden.iter().filter(|row| row[c]).count() == 1 {
            return Some(format!("column {c} has one hidden entry"));
        }
    }
    None
}

fn check_grid(values: &[Vec<u64>], hidden: &[Vec<bool>], k: u64) {
    for (r, row) in values.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v > 0 && v < k {
                assert!(hidden[r][c], "small count {v} at ({r},{c}) shown");
            }
        }
    }
    if let Some(why) = line_gives_away(hidden) {
        panic!("{why}: {values:?} {hidden:?}");
    }
    let rec = recoverable(hidden);
    assert!(rec.is_empty(), "recoverable {rec:?}: {values:?} {hidden:?}");
}

fn table_hidden(t: &Table) -> Vec<Vec<bool>> {
    t.grid()
        .iter()
        .map(|row| row.iter().map(|c| *c == Cell::Suppressed).collect())
        .collect()
}

fn k(n: u64) -> Threshold {
    Threshold::new(n).expect("valid k")
}

#[test]
fn the_oracle_sees_what_a_reader_sees() {
    // One hidden cell in a row: recoverable.
    let hidden = vec![
        vec![true, false, false],
        vec![false, false, false],
        vec![false, false, false],
    ];
    assert_eq!(recoverable(&hidden), vec![(0, 0)]);
    // A rectangle of four: safe.
    let hidden = vec![
        vec![true, true, false],
        vec![true, true, false],
        vec![false, false, false],
    ];
    assert!(recoverable(&hidden).is_empty());
    // Two rectangles joined by one cell: every line has two or more hidden entries, yet the
    // joining cell is recoverable.
    let mut hidden = vec![vec![false; 6]; 6];
    for (r, c) in [
        (0, 0),
        (0, 1),
        (1, 0),
        (1, 1),
        (2, 2),
        (2, 3),
        (3, 2),
        (3, 3),
        (1, 2),
    ] {
        hidden[r][c] = true;
    }
    assert!(line_gives_away(&hidden).is_none());
    assert_eq!(recoverable(&hidden), vec![(1, 2)]);
}

#[test]
fn the_bridge_case_is_protected() {
    // Two blocks of small counts in separate corners, each already closed, joined through one
    // line by the first pass: the second pass must add a cell.
    let counts = vec![
        vec![2, 2, 40, 0, 30],
        vec![2, 1, 1, 50, 30],
        vec![40, 50, 2, 2, 30],
        vec![30, 30, 2, 2, 30],
        vec![30, 30, 30, 30, 30],
    ];
    let grid = with_totals(&counts, 5);
    let hidden = suppress(&grid, k(5));
    check_grid(&grid, &hidden, 5);
}

#[test]
fn a_one_month_report_hides_small_counts_as_lt_k() {
    let m = YearMonth::parse("2025-04").unwrap();
    let rows: Vec<CountRow> = [("female", 12), ("male", 3), ("other", 1), ("unknown", 7)]
        .iter()
        .map(|(g, n)| CountRow {
            month: m,
            first: g.to_string(),
            second: None,
            count: *n,
        })
        .collect();
    let dims = Dimensions::new(&[Dimension::Gender]).unwrap();
    let rep = report(Period::month(m).unwrap(), dims, &rows, Threshold::default()).unwrap();
    let t = &rep.tables[0];
    assert_eq!(t.columns, ["female", "male", "other", "unknown"]);
    let shown: Vec<String> = t.cells[0].iter().map(|c| c.render(rep.k)).collect();
    assert_eq!(shown[1], "<5");
    assert_eq!(shown[2], "<5");
    assert_eq!(t.total, Cell::Count(23));
    check_grid(&with_totals(&[vec![12, 3, 1, 7]], 4), &table_hidden(t), 5);
}

#[test]
fn k_is_never_below_three() {
    assert!(Threshold::new(2).is_err());
    assert!(Threshold::new(0).is_err());
    assert_eq!(Cell::Suppressed.render(k(3)), "<3");
}

#[test]
fn months_before_the_first_records_are_refused() {
    let early = YearMonth::parse("2023-12").unwrap();
    assert!(Period::month(early).is_err());
    let (a, b) = (
        YearMonth::parse("2025-05").unwrap(),
        YearMonth::parse("2025-04").unwrap(),
    );
    assert!(Period::new(a, b).is_err());
}

#[test]
fn unknown_dimensions_and_categories_are_errors() {
    assert!(Dimensions::parse(&["gender", "gender"]).is_err());
    assert!(Dimensions::parse(&["name"]).is_err());
    assert!(Dimensions::parse::<&str>(&[]).is_err());
    let m = YearMonth::parse("2025-04").unwrap();
    let rows = vec![CountRow {
        month: m,
        first: "martian".into(),
        second: None,
        count: 1,
    }];
    let dims = Dimensions::new(&[Dimension::Gender]).unwrap();
    assert!(report(Period::month(m).unwrap(), dims, &rows, Threshold::default()).is_err());
}

fn small_counts() -> impl Strategy<Value = u64> {
    prop_oneof![Just(0u64), 1u64..5, 5u64..15, 15u64..200]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_grid_is_protected(
        counts in (1usize..7, 1usize..7).prop_flat_map(|(r, c)| {
            prop::collection::vec(prop::collection::vec(small_counts(), c), r)
        }),
        kk in 3u64..8,
    ) {
        let cols = counts[0].len();
        let grid = with_totals(&counts, cols);
        let hidden = suppress(&grid, k(kk));
        check_grid(&grid, &hidden, kk);
        // Nothing is hidden that did not need to be when nothing is small.
        if grid.iter().flatten().all(|&v| v == 0 || v >= kk) {
            prop_assert!(hidden.iter().flatten().all(|h| !h));
        }
    }

    #[test]
    fn every_report_table_is_protected(
        cells in prop::collection::vec((0u32..3, 0usize..4, 0usize..3, small_counts()), 0..40),
        two in any::<bool>(),
    ) {
        let months = ["2025-01", "2025-02", "2025-03"];
        let genders = ["female", "male", "other", "unknown"];
        let ages = ["child", "adult", "unknown"];
        let rows: Vec<CountRow> = cells
            .iter()
            .map(|&(m, g, a, n)| CountRow {
                month: YearMonth::parse(months[m as usize]).unwrap(),
                first: genders[g].into(),
                second: two.then(|| ages[a].to_string()),
                count: n,
            })
            .collect();
        let dims: &[Dimension] = if two {
            &[Dimension::Gender, Dimension::AgeGroup]
        } else {
            &[Dimension::Gender]
        };
        let period = Period::new(
            YearMonth::parse(months[0]).unwrap(),
            YearMonth::parse(months[2]).unwrap(),
        )
        .unwrap();
        let rep = report(period, Dimensions::new(dims).unwrap(), &rows, Threshold::default())
            .unwrap();
        prop_assert_eq!(rep.tables.len(), if two { 3 } else { 1 });
        for t in &rep.tables {
            // Rebuild the true grid from the rows, independently of the report.
            let mut truth = vec![vec![0u64; t.columns.len()]; t.rows.len()];
            for row in &rows {
                let (r, c) = if two {
                    if Some(row.month) != t.month { continue; }
                    (
                        t.rows.iter().position(|x| *x == row.first).unwrap(),
                        t.columns.iter().position(|x| Some(x) == row.second.as_ref()).unwrap(),
                    )
                } else {
                    (
                        t.rows.iter().position(|x| *x == row.month.to_string()).unwrap(),
                        t.columns.iter().position(|x| *x == row.first).unwrap(),
                    )
                };
                truth[r][c] += row.count;
            }
            let grid = with_totals(&truth, t.columns.len());
            // Shown counts are the true ones.
            for (gr, tr) in t.grid().iter().zip(&grid) {
                for (cell, v) in gr.iter().zip(tr) {
                    if let Cell::Count(n) = cell {
                        prop_assert_eq!(n, v);
                    }
                }
            }
            check_grid(&grid, &table_hidden(t), 5);
        }
    }
}
