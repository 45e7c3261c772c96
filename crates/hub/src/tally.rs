//! The counts the hub keeps per bundle, made at import from the bundle's records: records per
//! month, each dimension's categories per month and each pair's, counted as the desk's log
//! counts them ([`madoguchi_core::Record::categories`]: a record counts once under each of its
//! concerns or services). The desk dimension is not counted here: at the hub it is the bundle's
//! desk, a column of every count row.

use std::collections::{BTreeMap, HashMap};

use madoguchi_core::{Dimension, Record, YearMonth};

/// The dimensions counted per bundle: all but `desk`, in `Dimension` order.
pub fn dimensions() -> Vec<Dimension> {
    Dimension::ALL
        .iter()
        .copied()
        .filter(|d| *d != Dimension::Desk)
        .collect()
}

/// Counts of one bundle. Only non-zero counts are listed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Live records per month.
    pub records: BTreeMap<YearMonth, u64>,
    /// (month, dimension, category) → count.
    pub one: Vec<(YearMonth, Dimension, String, u64)>,
    /// (month, first, second, first's category, second's category) → count, first < second.
    pub two: Vec<(YearMonth, Dimension, Dimension, String, String, u64)>,
}

/// Counts `records`.
pub fn tally(records: &[Record]) -> Tally {
    let dims = dimensions();
    let nd = dims.len();
    // Pass 1: every record's categories per dimension, as interned numbers.
    let mut names: Vec<Vec<String>> = vec![Vec::new(); nd];
    let mut index: Vec<HashMap<String, u32>> = vec![HashMap::new(); nd];
    let mut flat: Vec<u32> = Vec::with_capacity(records.len() * (nd + 2));
    let mut offsets: Vec<usize> = Vec::with_capacity(records.len() * nd + 1);
    let mut month_of: Vec<usize> = Vec::with_capacity(records.len());
    let mut months: BTreeMap<YearMonth, usize> = BTreeMap::new();
    for r in records {
        months.entry(r.month()).or_insert(0);
    }
    for (i, m) in months.values_mut().enumerate() {
        *m = i;
    }
    let mut records_by_month = vec![0u64; months.len()];
    offsets.push(0);
    for r in records {
        let mi = months[&r.month()];
        month_of.push(mi);
        records_by_month[mi] += 1;
        for (d, dim) in dims.iter().enumerate() {
            for c in r.categories(*dim) {
                let id = match index[d].get(c) {
                    Some(&id) => id,
                    None => {
                        let id = names[d].len() as u32;
                        names[d].push(c.to_string());
                        index[d].insert(c.to_string(), id);
                        id
                    }
                };
                flat.push(id);
            }
            offsets.push(flat.len());
        }
    }
    // Pass 2: dense counters, now that each dimension's number of categories is known.
    let sizes: Vec<usize> = names.iter().map(Vec::len).collect();
    let one_base: Vec<usize> = sizes
        .iter()
        .scan(0, |acc, n| {
            let b = *acc;
            *acc += n;
            Some(b)
        })
        .collect();
    let one_len: usize = sizes.iter().sum();
    let pairs: Vec<(usize, usize)> = (0..nd)
        .flat_map(|a| (a + 1..nd).map(move |b| (a, b)))
        .collect();
    let mut pair_base = Vec::with_capacity(pairs.len());
    let mut two_len = 0;
    for &(a, b) in &pairs {
        pair_base.push(two_len);
        two_len += sizes[a] * sizes[b];
    }
    let nm = months.len();
    let mut one = vec![0u32; nm * one_len];
    let mut two = vec![0u32; nm * two_len];
    for (ri, &mi) in month_of.iter().enumerate() {
        let cats = |d: usize| &flat[offsets[ri * nd + d]..offsets[ri * nd + d + 1]];
        let one_m = &mut one[mi * one_len..(mi + 1) * one_len];
        for d in 0..nd {
            for &c in cats(d) {
                one_m[one_base[d] + c as usize] += 1;
            }
        }
        let two_m = &mut two[mi * two_len..(mi + 1) * two_len];
        for (p, &(a, b)) in pairs.iter().enumerate() {
            let (ca, cb) = (cats(a), cats(b));
            for &x in ca {
                let row = pair_base[p] + x as usize * sizes[b];
                for &y in cb {
                    two_m[row + y as usize] += 1;
                }
            }
        }
    }
    let month_list: Vec<YearMonth> = months.keys().copied().collect();
    let mut out = Tally {
        records: month_list
            .iter()
            .zip(&records_by_month)
            .map(|(m, n)| (*m, *n))
            .collect(),
        ..Tally::default()
    };
    for (mi, m) in month_list.iter().enumerate() {
        for d in 0..nd {
            for c in 0..sizes[d] {
                let n = one[mi * one_len + one_base[d] + c];
                if n > 0 {
                    out.one
                        .push((*m, dims[d], names[d][c].clone(), u64::from(n)));
                }
            }
        }
        for (p, &(a, b)) in pairs.iter().enumerate() {
            for x in 0..sizes[a] {
                for y in 0..sizes[b] {
                    let n = two[mi * two_len + pair_base[p] + x * sizes[b] + y];
                    if n > 0 {
                        out.two.push((
                            *m,
                            dims[a],
                            dims[b],
                            names[a][x].clone(),
                            names[b][y].clone(),
                            u64::from(n),
                        ));
                    }
                }
            }
        }
    }
    out
}
