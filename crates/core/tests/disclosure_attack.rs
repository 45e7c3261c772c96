//! The attack test: nothing hidden in the statistics can be worked out from everything the
//! statistics of one fiscal year can publish.
//!
//! The attacker holds every release the commands and the Reports screen can make for a fiscal
//! year: every period that overlaps (the year, its four quarters, its twelve months), one- and
//! two-dimension tables of the same records, every total, with the desk's k. The records are
//! a crafted or random population of (month, first fact, second fact). For every hidden cell,
//! an exact search over all populations (counts per kind of record, whole numbers from zero)
//! that give the same published numbers looks for one in which that cell has another value;
//! the test asserts there is one. The search is exact: bounds are propagated over the sums and
//! every branch is explored until a population is found or none can exist.
//!
//! The three attacks of issue 14 are crafted populations: within one table (a line whose
//! hidden cells add up to a small known number), across periods (the year minus the other
//! months), and a lower k. Run against the statistics before this test was written, the
//! same search pinned a count of 1 in each (see the commit that added it).

use madoguchi_core::{
    fiscal_months, report, CountRow, Counts, Dimension, Dimensions, FixedPeriod, Report, Threshold,
    YearMonth,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, HashMap};

// --- The population. ---

/// A record as the attacker sees it: its month (index within the fiscal year) and its
/// category in each of two single-valued dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rec {
    month: usize,
    a: usize,
    b: usize,
}

#[derive(Debug)]
struct Population {
    fiscal_year: i32,
    first: Dimension,
    second: Dimension,
    records: Vec<Rec>,
}

fn cats(d: Dimension) -> Vec<String> {
    let mut c: Vec<String> = d
        .categories()
        .expect("a fixed dimension")
        .iter()
        .map(|s| s.to_string())
        .collect();
    if d.has_not_applicable() {
        c.push(madoguchi_core::NOT_APPLICABLE.to_string());
    }
    if d.has_unknown() {
        c.push(madoguchi_core::UNKNOWN_CATEGORY.to_string());
    }
    c
}

impl Population {
    fn months(&self) -> Vec<YearMonth> {
        fiscal_months(self.fiscal_year)
    }

    /// What the store gives `report`: counts over the fiscal year, the months considered
    /// being those from the first to the last month holding a record.
    fn counts(&self, dims: &[Dimension]) -> Counts {
        let months = self.months();
        let lo = self.records.iter().map(|r| r.month).min();
        let hi = self.records.iter().map(|r| r.month).max();
        let considered = match (lo, hi) {
            (Some(lo), Some(hi)) => months[lo..=hi].to_vec(),
            _ => Vec::new(),
        };
        let mut records = BTreeMap::new();
        for r in &self.records {
            *records.entry(months[r.month]).or_insert(0) += 1;
        }
        let value = |d: Dimension, r: &Rec| -> String {
            if d == self.first {
                cats(d)[r.a].clone()
            } else {
                cats(d)[r.b].clone()
            }
        };
        let group = |key: &dyn Fn(&Rec) -> (String, Option<String>)| -> Vec<CountRow> {
            let mut m: BTreeMap<(YearMonth, String, Option<String>), u64> = BTreeMap::new();
            for r in &self.records {
                let (f, s) = key(r);
                *m.entry((months[r.month], f, s)).or_insert(0) += 1;
            }
            m.into_iter()
                .map(|((month, first, second), count)| CountRow {
                    month,
                    first,
                    second,
                    count,
                })
                .collect()
        };
        let mut one = BTreeMap::new();
        for &d in dims {
            one.insert(d, group(&|r| (value(d, r), None)));
        }
        let two = if let [d1, d2] = dims {
            group(&|r| (value(*d1, r), Some(value(*d2, r))))
        } else {
            Vec::new()
        };
        Counts {
            months: considered,
            records,
            one,
            two,
        }
    }

    fn kinds(&self) -> usize {
        12 * cats(self.first).len() * cats(self.second).len()
    }

    fn kind(&self, r: &Rec) -> usize {
        let (na, nb) = (cats(self.first).len(), cats(self.second).len());
        (r.month * na + r.a) * nb + r.b
    }

    /// Counts per kind of record.
    fn vector(&self) -> Vec<u64> {
        let mut v = vec![0; self.kinds()];
        for r in &self.records {
            v[self.kind(r)] += 1;
        }
        v
    }
}

// --- What is published, as sums over kinds of records. ---

/// A cell of a published table: the kinds of records it counts, and its number (`None` when
/// hidden).
#[derive(Debug, Clone)]
struct Entry {
    kinds: Vec<usize>,
    value: Option<u64>,
    label: String,
}

/// The kinds of records in `months` whose first category is `a` (any when `None`) and second
/// `b`.
fn kinds_of(pop: &Population, months: &[usize], a: Option<usize>, b: Option<usize>) -> Vec<usize> {
    let (na, nb) = (cats(pop.first).len(), cats(pop.second).len());
    let mut out = Vec::new();
    for &m in months {
        for x in 0..na {
            for y in 0..nb {
                if a.is_none_or(|a| a == x) && b.is_none_or(|b| b == y) {
                    out.push((m * na + x) * nb + y);
                }
            }
        }
    }
    out
}

/// Every entry of a report's tables as sums over kinds of records.
fn entries(pop: &Population, rep: &Report, out: &mut Vec<Entry>) {
    let fy_months = pop.months();
    let idx = |m: YearMonth| fy_months.iter().position(|x| *x == m).expect("in the year");
    let period_months: Vec<usize> = rep.period.months().into_iter().map(idx).collect();
    let dims = rep.dimensions.list();
    // Which of the population's two facts a dimension of the report is.
    let is_first = |d: &str| d == pop.first.id();
    for t in &rep.tables {
        let cat_index = |dim: &str, id: &str| -> usize {
            let d = Dimension::parse(dim).expect("dimension");
            cats(d).iter().position(|c| c == id).expect("category")
        };
        let mut push = |months: &[usize],
                        row: Option<(&str, &str)>,
                        col: Option<(&str, &str)>,
                        cell: madoguchi_core::Cell,
                        where_: String| {
            let (mut a, mut b) = (None, None);
            for (dim, id) in row.into_iter().chain(col) {
                if is_first(dim) {
                    a = Some(cat_index(dim, id));
                } else {
                    b = Some(cat_index(dim, id));
                }
            }
            out.push(Entry {
                kinds: kinds_of(pop, months, a, b),
                value: cell.count(),
                label: format!("{} by {:?}: {where_}", rep.period, dims),
            });
        };
        match t.period {
            None => {
                // One dimension: rows are months.
                let col_dim = t.column_dimension.as_str();
                for (r, month) in t.rows.iter().enumerate() {
                    let m = idx(YearMonth::parse(month).expect("month"));
                    for (c, id) in t.columns.iter().enumerate() {
                        push(
                            &[m],
                            None,
                            Some((col_dim, id)),
                            t.cells[r][c],
                            format!("{month} {id}"),
                        );
                    }
                    push(&[m], None, None, t.row_totals[r], format!("{month} total"));
                }
                for (c, id) in t.columns.iter().enumerate() {
                    push(
                        &period_months,
                        None,
                        Some((col_dim, id)),
                        t.column_totals[c],
                        format!("total {id}"),
                    );
                }
                push(&period_months, None, None, t.total, "total".into());
            }
            Some(p) => {
                let months: Vec<usize> = p.months().into_iter().map(idx).collect();
                let (rd, cd) = (t.row_dimension.as_str(), t.column_dimension.as_str());
                for (r, rid) in t.rows.iter().enumerate() {
                    for (c, cid) in t.columns.iter().enumerate() {
                        push(
                            &months,
                            Some((rd, rid)),
                            Some((cd, cid)),
                            t.cells[r][c],
                            format!("{p} {rid} {cid}"),
                        );
                    }
                    push(
                        &months,
                        Some((rd, rid)),
                        None,
                        t.row_totals[r],
                        format!("{p} {rid} total"),
                    );
                }
                for (c, cid) in t.columns.iter().enumerate() {
                    push(
                        &months,
                        None,
                        Some((cd, cid)),
                        t.column_totals[c],
                        format!("{p} total {cid}"),
                    );
                }
                push(&months, None, None, t.total, format!("{p} total"));
            }
        }
    }
}

/// Everything one fiscal year's releases can publish: every period of the year, each
/// dimension alone and both together, with the desk's k (the only one there is).
fn releases(pop: &Population) -> Vec<Entry> {
    let k = Threshold::POLICY;
    let mut out = Vec::new();
    let fy = FixedPeriod::FiscalYear(pop.fiscal_year);
    let dim_sets: [Vec<Dimension>; 4] = [
        vec![pop.first],
        vec![pop.second],
        vec![pop.first, pop.second],
        vec![pop.second, pop.first],
    ];
    for dims in &dim_sets {
        let counts = pop.counts(dims);
        for period in fy.family() {
            let d = Dimensions::new(dims).expect("dimensions");
            let rep = report(period, d, &counts, k).expect("report");
            entries(pop, &rep, &mut out);
        }
    }
    out
}

// --- The exact search. ---

/// Sum constraints over whole numbers from zero: the kinds in `kinds` add up to a number from
/// `lo` to `hi` (`None`: no upper bound).
#[derive(Clone)]
struct Sum {
    kinds: Vec<usize>,
    lo: u64,
    hi: Option<u64>,
}

const NODE_BUDGET: u64 = 2_000_000;

/// Whether some population satisfies every sum. Domains are `[lo, hi]` per kind, `cap`
/// standing for "no bound" (a cap only shrinks what the attacker may consider, so a cell found
/// to have another value has one).
fn feasible(n: usize, sums: &[Sum], cap: u64, nodes: &mut u64) -> bool {
    let mut by_kind: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, s) in sums.iter().enumerate() {
        for &k in &s.kinds {
            by_kind[k].push(i);
        }
    }
    let lo = vec![0u64; n];
    let hi = vec![cap; n];
    search(sums, &by_kind, lo, hi, nodes)
}

fn propagate(sums: &[Sum], by_kind: &[Vec<usize>], lo: &mut [u64], hi: &mut [u64]) -> bool {
    let mut queue: Vec<usize> = (0..sums.len()).collect();
    let mut queued = vec![true; sums.len()];
    while let Some(i) = queue.pop() {
        queued[i] = false;
        let s = &sums[i];
        let sum_lo: u64 = s.kinds.iter().map(|&k| lo[k]).sum();
        let sum_hi: u64 = s.kinds.iter().map(|&k| hi[k]).sum();
        if sum_hi < s.lo || s.hi.is_some_and(|h| sum_lo > h) {
            return false;
        }
        for &k in &s.kinds {
            let mut changed = false;
            if let Some(h) = s.hi {
                let new_hi = h - (sum_lo - lo[k]);
                if new_hi < hi[k] {
                    hi[k] = new_hi;
                    changed = true;
                }
            }
            let rest = sum_hi - hi[k];
            if s.lo > rest && s.lo - rest > lo[k] {
                lo[k] = s.lo - rest;
                changed = true;
            }
            if lo[k] > hi[k] {
                return false;
            }
            if changed {
                for &j in &by_kind[k] {
                    if !queued[j] {
                        queued[j] = true;
                        queue.push(j);
                    }
                }
            }
        }
    }
    true
}

fn search(
    sums: &[Sum],
    by_kind: &[Vec<usize>],
    mut lo: Vec<u64>,
    mut hi: Vec<u64>,
    nodes: &mut u64,
) -> bool {
    *nodes += 1;
    assert!(*nodes < NODE_BUDGET, "the exact search ran out of budget");
    if !propagate(sums, by_kind, &mut lo, &mut hi) {
        return false;
    }
    // Every sum with all its kinds at their lower bounds satisfied? Then that is a population
    // (upper bounds hold since propagation kept lo <= hi and sums of lo within bounds).
    let all_low_ok = sums.iter().all(|s| {
        let v: u64 = s.kinds.iter().map(|&k| lo[k]).sum();
        v >= s.lo && s.hi.is_none_or(|h| v <= h)
    });
    if all_low_ok {
        return true;
    }
    // Branch on the open kind with the smallest domain, splitting it in two.
    let Some(k) = (0..lo.len())
        .filter(|&k| lo[k] < hi[k])
        .filter(|&k| {
            by_kind[k].iter().any(|&i| {
                let v: u64 = sums[i].kinds.iter().map(|&x| lo[x]).sum();
                v < sums[i].lo
            })
        })
        .min_by_key(|&k| hi[k] - lo[k])
    else {
        return false;
    };
    // First raise it to cover what its sums lack (most often a population at once), then
    // everything below.
    let deficit = by_kind[k]
        .iter()
        .map(|&i| {
            let v: u64 = sums[i].kinds.iter().map(|&x| lo[x]).sum();
            sums[i].lo.saturating_sub(v)
        })
        .max()
        .unwrap_or(1)
        .max(1);
    let v = hi[k].min(lo[k] + deficit);
    let mut raised = lo.clone();
    raised[k] = v;
    if search(sums, by_kind, raised, hi.clone(), nodes) {
        return true;
    }
    let mut below = hi;
    below[k] = v - 1;
    search(sums, by_kind, lo, below, nodes)
}

/// The published numbers as sums (each distinct cell once; two cells counting the same
/// records must agree, or the release contradicts itself).
fn published_sums(entries: &[Entry]) -> Vec<Sum> {
    let mut seen: HashMap<Vec<usize>, u64> = HashMap::new();
    for e in entries {
        if let Some(v) = e.value {
            if let Some(prev) = seen.insert(e.kinds.clone(), v) {
                assert_eq!(
                    prev, v,
                    "two cells for the same records disagree: {}",
                    e.label
                );
            }
        }
    }
    seen.into_iter()
        .map(|(kinds, v)| Sum {
            kinds,
            lo: v,
            hi: Some(v),
        })
        .collect()
}

/// The hidden cells whose value the attacker can work out exactly: (label, value).
fn pinned(
    pop: &Population,
    entries: &[Entry],
    hidden_range: (u64, Option<u64>),
) -> Vec<(String, u64)> {
    let truth = pop.vector();
    let n = truth.len();
    let mut sums = published_sums(entries);
    let mut hidden: HashMap<Vec<usize>, &Entry> = HashMap::new();
    for e in entries.iter().filter(|e| e.value.is_none()) {
        hidden.entry(e.kinds.clone()).or_insert(e);
    }
    for kinds in hidden.keys() {
        sums.push(Sum {
            kinds: kinds.clone(),
            lo: hidden_range.0,
            hi: hidden_range.1,
        });
    }
    // Every published number is the population's own.
    for s in &sums {
        let v: u64 = s.kinds.iter().map(|&k| truth[k]).sum();
        assert!(
            v >= s.lo && s.hi.is_none_or(|h| v <= h),
            "a published number is wrong"
        );
    }
    let cap = pop.records.len() as u64 * 2 + 10;
    let mut out = Vec::new();
    let mut keys: Vec<_> = hidden.into_iter().collect();
    keys.sort_by(|a, b| a.1.label.cmp(&b.1.label));
    for (kinds, e) in keys {
        let v: u64 = kinds.iter().map(|&k| truth[k]).sum();
        let mut nodes = 0;
        let mut other = |lo: u64, hi: Option<u64>| {
            let mut s = sums.clone();
            s.push(Sum {
                kinds: kinds.clone(),
                lo,
                hi,
            });
            feasible(n, &s, cap, &mut nodes)
        };
        let more = other(v + 1, None);
        let less = v >= 1 && other(0, Some(v - 1));
        if !more && !less {
            out.push((e.label.clone(), v));
        }
    }
    out
}

/// The months of the fiscal year the statistics consider (those from the first record's to the
/// last's), as indexes.
fn window(pop: &Population) -> Vec<usize> {
    let lo = pop.records.iter().map(|r| r.month).min();
    let hi = pop.records.iter().map(|r| r.month).max();
    match (lo, hi) {
        (Some(lo), Some(hi)) => (lo..=hi).collect(),
        _ => Vec::new(),
    }
}

fn month_of(pop: &Population, kind: usize) -> usize {
    kind / (cats(pop.first).len() * cats(pop.second).len())
}

/// [`pinned`], month by month. Sound only when every published cell of a quarter or the year
/// is the sum of published cells of its months (each of its months the statistics consider);
/// this is checked first. Then any population that gives the same published numbers differs
/// from the true one month by month, each month's difference keeping that month's published
/// cells, and a hidden cell of a longer period can change exactly when the hidden cell of one
/// of its months can.
fn pinned_by_month(pop: &Population, entries: &[Entry]) -> Vec<(String, u64)> {
    let truth = pop.vector();
    let months = window(pop);
    let restrict = |kinds: &[usize], m: usize| -> Vec<usize> {
        kinds
            .iter()
            .copied()
            .filter(|&k| month_of(pop, k) == m)
            .collect()
    };
    let published: HashMap<Vec<usize>, u64> = published_sums(entries)
        .into_iter()
        .map(|s| (s.kinds, s.lo))
        .collect();
    for kinds in published.keys() {
        for &m in &months {
            let part = restrict(kinds, m);
            if part.len() < kinds.len() && !part.is_empty() {
                assert!(
                    published.contains_key(&part),
                    "a published cell of a longer period is not the sum of published month cells"
                );
            }
        }
    }
    let cap = pop.records.len() as u64 * 2 + 10;
    let mut memo: HashMap<Vec<usize>, bool> = HashMap::new();
    let mut seen: HashMap<Vec<usize>, ()> = HashMap::new();
    let mut out = Vec::new();
    for e in entries.iter().filter(|e| e.value.is_none()) {
        if seen.insert(e.kinds.clone(), ()).is_some() {
            continue;
        }
        let movable = months.iter().any(|&m| {
            let target = restrict(&e.kinds, m);
            !target.is_empty()
                && *memo
                    .entry(target.clone())
                    .or_insert_with(|| month_can_move(pop, &truth, &published, m, &target, cap))
        });
        if !movable {
            let v: u64 = e.kinds.iter().map(|&k| truth[k]).sum();
            out.push((e.label.clone(), v));
        }
    }
    out
}

/// Whether, within month `m` alone, the cell counting `target` can take another value with
/// every published cell of that month unchanged.
fn month_can_move(
    pop: &Population,
    truth: &[u64],
    published: &HashMap<Vec<usize>, u64>,
    m: usize,
    target: &[usize],
    cap: u64,
) -> bool {
    let kinds: Vec<usize> = (0..truth.len())
        .filter(|&k| month_of(pop, k) == m)
        .collect();
    let local = |k: usize| kinds.iter().position(|&x| x == k).expect("in the month");
    let sums: Vec<Sum> = published
        .iter()
        .filter(|(ks, _)| ks.iter().all(|&k| month_of(pop, k) == m))
        .map(|(ks, v)| Sum {
            kinds: ks.iter().map(|&k| local(k)).collect(),
            lo: *v,
            hi: Some(*v),
        })
        .collect();
    let t: Vec<usize> = target.iter().map(|&k| local(k)).collect();
    let v: u64 = target.iter().map(|&k| truth[k]).sum();
    let mut nodes = 0;
    let mut other = |lo: u64, hi: Option<u64>| {
        let mut s = sums.clone();
        s.push(Sum {
            kinds: t.clone(),
            lo,
            hi,
        });
        feasible(kinds.len(), &s, cap, &mut nodes)
    };
    other(v + 1, None) || (v >= 1 && other(0, Some(v - 1)))
}

fn assert_nothing_pinned(pop: &Population) {
    let entries = releases(pop);
    assert!(
        entries.iter().any(|e| e.value.is_none()),
        "the population hides something"
    );
    let pinned = pinned_by_month(pop, &entries);
    assert!(pinned.is_empty(), "hidden counts worked out: {pinned:?}");
}

fn rec(month: usize, a: usize, b: usize) -> Rec {
    Rec { month, a, b }
}

fn region(id: &str) -> usize {
    cats(Dimension::Region)
        .iter()
        .position(|c| c == id)
        .expect("region")
}

/// Attack 1, within one table: in March 2026, 50 records by region, 16 + 32 shown and two
/// regions with one record each: with zeros printed, `<5` cells were at least 1, and their sum
/// was the row total minus the rest, 2.
fn within_one_table() -> Population {
    let mut records = Vec::new();
    let march = 11; // FY2025: April is 0.
    for (id, n) in [
        ("east_asia", 16),
        ("southeast_asia", 32),
        ("europe", 1),
        ("africa", 1),
    ] {
        for i in 0..n {
            records.push(rec(march, region(id), i % 2));
        }
    }
    Population {
        fiscal_year: 2025,
        first: Dimension::Region,
        second: Dimension::Danger,
        records,
    }
}

/// Attack 2, across periods: a category with 2 records in one month and 5 to 9 in the
/// others; the year's report and the month's reports were protected one at a time, so the
/// year minus eleven months gave the hidden month.
fn across_periods() -> Population {
    let mut records = Vec::new();
    for month in 0..12 {
        let small = if month == 5 { 2 } else { 5 + month % 4 };
        for i in 0..small {
            records.push(rec(month, 0, i % 2)); // danger yes
        }
        for i in 0..(20 + month) {
            records.push(rec(month, 1, i % 2)); // danger no
        }
    }
    Population {
        fiscal_year: 2025,
        first: Dimension::Danger,
        second: Dimension::Interpreter,
        records,
    }
}

/// Attack 3, a lower k: a cell of 3 that k = 5 hides and `--k 3` showed.
fn lower_k() -> Population {
    let mut records = Vec::new();
    for month in 0..12 {
        let n = if month == 7 { 3 } else { 12 };
        for i in 0..n {
            records.push(rec(month, 0, i % 2));
        }
        for i in 0..15 {
            records.push(rec(month, 1, i % 2));
        }
    }
    Population {
        fiscal_year: 2025,
        first: Dimension::Danger,
        second: Dimension::Interpreter,
        records,
    }
}

#[test]
fn attack_within_one_table_fails() {
    assert_nothing_pinned(&within_one_table());
}

#[test]
fn attack_across_periods_fails() {
    assert_nothing_pinned(&across_periods());
}

#[test]
fn attack_with_a_lower_k_fails() {
    // No k below the policy can be asked for...
    for k in 0..Threshold::MIN {
        assert!(Threshold::new(k).is_err(), "k = {k}");
    }
    // ...and what the policy publishes hides the 3.
    assert_nothing_pinned(&lower_k());
}

#[test]
fn the_search_does_pin_what_a_release_gives_away() {
    // The search is not blind: publish every cell of the across-periods population except one
    // month of one category, and that month is worked out from the year.
    let pop = across_periods();
    let mut entries = releases(&pop);
    let truth = pop.vector();
    for e in entries.iter_mut() {
        e.value = Some(e.kinds.iter().map(|&k| truth[k]).sum());
    }
    let target = kinds_of(&pop, &[5], Some(0), None);
    for e in entries.iter_mut().filter(|e| e.kinds == target) {
        e.value = None;
    }
    let pinned = pinned(&pop, &entries, (0, None));
    assert_eq!(pinned.len(), 1, "{pinned:?}");
    assert_eq!(pinned[0].1, 2);
}

#[test]
fn the_whole_year_search_agrees_with_the_month_by_month_one() {
    // The month-by-month search rests on an argument (published longer periods are sums of
    // published months); the whole-year search does not. They agree here.
    for pop in [across_periods(), lower_k()] {
        let entries = releases(&pop);
        assert_eq!(
            pinned(&pop, &entries, (0, None)),
            pinned_by_month(&pop, &entries)
        );
    }
}

/// A random population: a fiscal year, two facts of two categories each, 0 to 60 records in
/// months from `first` to `last`.
fn population() -> impl Strategy<Value = Population> {
    (
        0usize..12,
        0usize..12,
        proptest::collection::vec((0usize..12, 0usize..2, 0usize..2), 0..60),
    )
        .prop_map(|(x, y, raw)| {
            let (first, last) = (x.min(y), x.max(y));
            let span = last - first + 1;
            let records = raw
                .into_iter()
                .map(|(m, a, b)| rec(first + m % span, a, b))
                .collect();
            Population {
                fiscal_year: 2025,
                first: Dimension::Danger,
                second: Dimension::Interpreter,
                records,
            }
        })
}

/// A random population over richer facts: gender and age group (with `unknown`), 0 to 80
/// records over a window of months.
fn wider_population() -> impl Strategy<Value = Population> {
    let (na, nb) = (
        cats(Dimension::Gender).len(),
        cats(Dimension::AgeGroup).len(),
    );
    (
        0usize..12,
        0usize..12,
        proptest::collection::vec((0usize..12, 0..na, 0..nb), 0..80),
    )
        .prop_map(|(x, y, raw)| {
            let (first, last) = (x.min(y), x.max(y));
            let span = last - first + 1;
            Population {
                fiscal_year: 2026,
                first: Dimension::Gender,
                second: Dimension::AgeGroup,
                records: raw
                    .into_iter()
                    .map(|(m, a, b)| rec(first + m % span, a, b))
                    .collect(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn no_hidden_count_of_a_random_population_can_be_worked_out(pop in population()) {
        let entries = releases(&pop);
        let pinned = pinned_by_month(&pop, &entries);
        prop_assert!(pinned.is_empty(), "hidden counts worked out: {:?}", pinned);
    }

    #[test]
    fn no_hidden_count_over_richer_facts_can_be_worked_out(pop in wider_population()) {
        let entries = releases(&pop);
        let pinned = pinned_by_month(&pop, &entries);
        prop_assert!(pinned.is_empty(), "hidden counts worked out: {:?}", pinned);
    }
}
