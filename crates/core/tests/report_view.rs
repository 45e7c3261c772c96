//! The Reports screen's view model: the report's own cells (a suppressed one never carries a
//! number), labels for every category, bar and line series consistent with the tables.

use madoguchi_core::{
    report, App, Cell, CellView, CountRow, Counts, Dimension, Dimensions, FixedPeriod, Report,
    ReportView, Threshold, YearMonth, HIDDEN, NOT_APPLICABLE, NO_SERVICE, REPORT_MESSAGES,
    UNKNOWN_CATEGORY,
};

fn app() -> App {
    App::embedded().unwrap_or_else(|e| panic!("{e}"))
}

/// A small deterministic generator: many small counts, so that suppression happens.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn categories_of(d: Dimension) -> Vec<String> {
    match d.categories() {
        Some(fixed) => {
            let mut c: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
            if d.has_not_applicable() {
                c.push(NOT_APPLICABLE.to_string());
            }
            if d.has_unknown() {
                c.push(UNKNOWN_CATEGORY.to_string());
            }
            c
        }
        None => match d {
            Dimension::Service => vec![
                "onestop_8891".to_string(),
                "child_guidance_189".to_string(),
                "retired_service".to_string(),
                NO_SERVICE.to_string(),
            ],
            Dimension::Desk => vec!["Shinjuku 2F".to_string(), UNKNOWN_CATEGORY.to_string()],
            _ => vec!["ja".to_string(), "vi".to_string(), "pt-BR".to_string()],
        },
    }
}

/// The first quarter of fiscal year 2025 (April to June), the only months with records.
fn period() -> FixedPeriod {
    FixedPeriod::parse("FY2025-Q1").expect("period")
}

/// What the store would give for `rows` (all in the period's months).
fn counts(d: &[Dimension], one: Vec<Vec<CountRow>>, two: Vec<CountRow>) -> Counts {
    let mut records = std::collections::BTreeMap::new();
    for r in &one[0] {
        if !d[0].multiple() {
            *records.entry(r.month).or_insert(0) += r.count;
        }
    }
    Counts {
        months: period().months(),
        records,
        one: d.iter().copied().zip(one).collect(),
        two,
    }
}

fn one_dimension(d: Dimension, seed: u64) -> Report {
    let mut gen = Lcg(seed);
    let rows: Vec<CountRow> = period()
        .months()
        .into_iter()
        .flat_map(|month| {
            categories_of(d)
                .into_iter()
                .map(move |first| (month, first))
        })
        .map(|(month, first)| CountRow {
            month,
            first,
            second: None,
            count: [0, 1, 2, 3, 4, 6, 9, 15][gen.next(8) as usize],
        })
        .collect();
    report(
        period(),
        Dimensions::new(&[d]).expect("dims"),
        &counts(&[d], vec![rows], Vec::new()),
        Threshold::POLICY,
    )
    .expect("report")
}

fn same(view: &CellView, cell: Cell, _k: Threshold) {
    match (view, cell) {
        (CellView::Count { count }, Cell::Count(n)) => assert_eq!(*count, n),
        (CellView::Suppressed { marker }, Cell::Suppressed) => {
            assert_eq!(marker, HIDDEN);
        }
        _ => panic!("view {view:?} differs from the report's {cell:?}"),
    }
    assert_eq!(view.count(), cell.count());
}

fn check_tables(view: &ReportView, rep: &Report) {
    assert_eq!(view.tables.len(), rep.tables.len());
    assert_eq!(view.k, rep.k.get());
    for (tv, t) in view.tables.iter().zip(&rep.tables) {
        assert_eq!(tv.rows.len(), t.rows.len());
        assert_eq!(tv.columns.len(), t.columns.len());
        for (r, row) in t.cells.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                same(&tv.cells[r][c], *cell, rep.k);
            }
        }
        for (v, c) in tv.row_totals.iter().zip(&t.row_totals) {
            same(v, *c, rep.k);
        }
        for (v, c) in tv.column_totals.iter().zip(&t.column_totals) {
            same(v, *c, rep.k);
        }
        same(&tv.total, t.total, rep.k);
        assert_eq!(tv.period, t.period.map(|m| m.to_string()));
    }
}

/// Walks the JSON the screen receives: every suppressed cell has its marker and nothing else.
fn suppressed_cells_in_json(v: &serde_json::Value, _k: u64, found: &mut usize) {
    match v {
        serde_json::Value::Object(map) => {
            if map.get("kind").and_then(|k| k.as_str()) == Some("suppressed") {
                *found += 1;
                let keys: Vec<&String> = map.keys().collect();
                assert_eq!(keys.len(), 2, "{map:?}");
                assert_eq!(map["marker"], serde_json::json!(HIDDEN));
                assert!(!map.contains_key("count"));
            }
            for x in map.values() {
                suppressed_cells_in_json(x, _k, found);
            }
        }
        serde_json::Value::Array(a) => {
            for x in a {
                suppressed_cells_in_json(x, _k, found);
            }
        }
        _ => {}
    }
}

fn suppressed_in_report(rep: &Report) -> usize {
    rep.tables
        .iter()
        .flat_map(|t| t.grid())
        .flatten()
        .filter(|c| *c == Cell::Suppressed)
        .count()
}

#[test]
fn a_suppressed_cell_is_never_given_a_number_in_tables_bars_or_lines() {
    let app = app();
    let mut total_suppressed = 0;
    for (i, &d) in Dimension::ALL.iter().enumerate() {
        let rep = one_dimension(d, 17 + i as u64);
        let view = app.report_view(&rep, "en");
        check_tables(&view, &rep);
        let n = suppressed_in_report(&rep);
        total_suppressed += n;
        let json = serde_json::to_value(&view).expect("json");
        let mut found = 0;
        suppressed_cells_in_json(&json, rep.k.get(), &mut found);
        // The table's suppressed cells, and again in the charts: bars (column totals and the
        // grand total) and lines (cells and row totals) repeat them, never with a number.
        let t = &rep.tables[0];
        let in_charts = t
            .column_totals
            .iter()
            .chain([&t.total])
            .chain(t.cells.iter().flatten())
            .chain(&t.row_totals)
            .filter(|c| **c == Cell::Suppressed)
            .count();
        assert_eq!(found, n + in_charts, "{d}");
    }
    assert!(total_suppressed > 0, "the data exercise suppression");
}

#[test]
fn bars_and_lines_are_the_tables_cells_and_totals_add_up() {
    let app = app();
    for (i, &d) in Dimension::ALL.iter().enumerate() {
        let rep = one_dimension(d, 99 + i as u64);
        let t = &rep.tables[0];
        let view = app.report_view(&rep, "ja");
        let bar = view.bar.as_ref().expect("one dimension: a bar chart");
        assert_eq!(bar.bars.len(), t.columns.len());
        for ((b, c), id) in bar.bars.iter().zip(&t.column_totals).zip(&t.columns) {
            same(&b.value, *c, rep.k);
            assert_eq!(&b.category.id, id);
        }
        same(&bar.total, t.total, rep.k);
        // Where every bar is shown, they add up to the total, as in stats.rs.
        if let (Some(sum), Some(total)) = (
            bar.bars
                .iter()
                .map(|b| b.value.count())
                .sum::<Option<u64>>(),
            bar.total.count(),
        ) {
            assert_eq!(sum, total, "{d}");
        }
        let line = view.line.as_ref().expect("one dimension: a line chart");
        assert_eq!(line.months, t.rows);
        assert_eq!(line.series.len(), t.columns.len());
        for (c, s) in line.series.iter().enumerate() {
            assert_eq!(s.points.len(), t.rows.len());
            for (r, p) in s.points.iter().enumerate() {
                assert_eq!(p.month, t.rows[r]);
                same(&p.value, t.cells[r][c], rep.k);
            }
        }
        for (p, c) in line.totals.points.iter().zip(&t.row_totals) {
            same(&p.value, *c, rep.k);
        }
        // The grand total of the view is the report's; the unsuppressed counts of a fully shown
        // month add up to its shown total.
        for (r, row) in t.cells.iter().enumerate() {
            if let (Some(sum), Cell::Count(total)) = (
                row.iter().map(|c| c.count()).sum::<Option<u64>>(),
                t.row_totals[r],
            ) {
                let shown: u64 = line
                    .series
                    .iter()
                    .map(|s| s.points[r].value.count().expect("shown"))
                    .sum();
                assert_eq!(shown, sum);
                assert_eq!(shown, total);
            }
        }
    }
}

#[test]
fn a_two_dimension_report_has_a_table_for_the_period_then_per_month_and_no_charts() {
    let app = app();
    let mut gen = Lcg(5);
    let rows: Vec<CountRow> = period()
        .months()
        .into_iter()
        .flat_map(|m| {
            categories_of(Dimension::Gender)
                .into_iter()
                .flat_map(move |g| {
                    categories_of(Dimension::Outcome)
                        .into_iter()
                        .map(move |o| (m, g.clone(), o))
                })
        })
        .map(|(month, first, second)| CountRow {
            month,
            first,
            second: Some(second),
            count: gen.next(12),
        })
        .collect();
    let dims = [Dimension::Gender, Dimension::Outcome];
    let margin = |pick: fn(&CountRow) -> String| {
        let mut m: std::collections::BTreeMap<(YearMonth, String), u64> = Default::default();
        for r in &rows {
            *m.entry((r.month, pick(r))).or_insert(0) += r.count;
        }
        m.into_iter()
            .map(|((month, first), count)| CountRow {
                month,
                first,
                second: None,
                count,
            })
            .collect::<Vec<_>>()
    };
    let one = vec![
        margin(|r| r.first.clone()),
        margin(|r| r.second.clone().expect("second")),
    ];
    let rep = report(
        period(),
        Dimensions::new(&dims).expect("dims"),
        &counts(&dims, one, rows.clone()),
        Threshold::POLICY,
    )
    .expect("report");
    let view = app.report_view(&rep, "vi");
    check_tables(&view, &rep);
    // The quarter, then each of its three months.
    assert_eq!(view.tables.len(), 4);
    assert!(view.bar.is_none() && view.line.is_none());
    assert_eq!(view.dimensions.len(), 2);
    let t = &view.tables[0];
    assert_eq!(
        t.row_dimension.label,
        app.localizer().text("vi", "report-dimension-gender")
    );
    assert_eq!(
        t.columns[0].label,
        app.localizer().text("vi", "report-outcome-referred")
    );
    let mut found = 0;
    suppressed_cells_in_json(&serde_json::to_value(&view).expect("json"), 5, &mut found);
    assert_eq!(found, suppressed_in_report(&rep));
}

#[test]
fn every_category_has_a_label_in_every_language() {
    let app = app();
    let l = app.localizer();
    for lang in l.languages() {
        for id in REPORT_MESSAGES {
            assert!(l.has_message(&lang, id), "{lang}: {id}");
        }
        for &d in Dimension::ALL {
            let dim = app.dimension_label(&lang, d.id());
            assert!(!dim.label.is_empty() && dim.label != d.id(), "{lang}: {d}");
            for c in categories_of(d) {
                let v = app.category_label(&lang, d.id(), &c);
                assert!(!v.label.trim().is_empty(), "{lang}: {d} {c}");
                let raw_allowed =
                    matches!(d, Dimension::Desk) && c != UNKNOWN_CATEGORY || c == "retired_service";
                if !raw_allowed {
                    assert_ne!(v.label, c, "{lang}: {d} {c} has no label");
                }
            }
        }
        assert_eq!(
            app.category_label(&lang, "service", "onestop_8891").label,
            l.text(&lang, "service-onestop_8891-name")
        );
        assert_eq!(
            app.category_label(&lang, "concern", "sexual_violence")
                .label,
            l.text(&lang, "value-concern-sexual_violence")
        );
        assert_eq!(
            app.category_label(&lang, "month", "2025-03").label,
            "2025-03"
        );
    }
    // A language category is named in its own language.
    assert_eq!(
        app.category_label("ja", "client_lang", "vi").label,
        app.localizer()
            .locales()
            .into_iter()
            .find(|x| x.tag == "vi")
            .expect("vi")
            .info
            .name
    );
    let view = app.report_view(&one_dimension(Dimension::Concern, 3), "en");
    assert!(
        view.suppressed_label.contains('5'),
        "{}",
        view.suppressed_label
    );
}
