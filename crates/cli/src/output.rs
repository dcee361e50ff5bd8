//! Writers for event records: JSON Lines, GDELT-column TSV and CSV.

use crate::args::OutputFormat;
use dyad_extract::EventRecord;
use std::io::Write;

/// GDELT 2.0 event columns, in file order (the reference column list).
const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Writes events in one format; `begin` writes a header where the format
/// has one.
pub struct EventWriter<W: Write> {
    out: W,
    format: OutputFormat,
    /// One JSON record, reused from record to record.
    buf: Vec<u8>,
}

impl<W: Write> EventWriter<W> {
    pub fn new(out: W, format: OutputFormat) -> EventWriter<W> {
        EventWriter { out, format, buf: Vec::new() }
    }

    pub fn begin(&mut self) -> std::io::Result<()> {
        if self.format == OutputFormat::Csv {
            writeln!(self.out, "{}", GDELT_COLUMNS.join(","))?;
        }
        Ok(())
    }

    pub fn event(&mut self, e: &EventRecord, url: Option<&str>) -> std::io::Result<()> {
        match self.format {
            OutputFormat::Jsonl => {
                self.buf.clear();
                crate::json::write_event(&mut self.buf, e);
                self.buf.push(b'\n');
                self.out.write_all(&self.buf)
            }
            OutputFormat::Tsv => writeln!(self.out, "{}", gdelt_row(e, url).join("\t")),
            OutputFormat::Csv => {
                let row: Vec<String> = gdelt_row(e, url).iter().map(|f| csv_field(f)).collect();
                writeln!(self.out, "{}", row.join(","))
            }
        }
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }

    pub fn inner(&mut self) -> &mut W {
        &mut self.out
    }
}

fn csv_field(f: &str) -> String {
    if f.contains([',', '"', '\n', '\r']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f.to_string() }
}

/// One row in GDELT column order; columns dyad does not produce stay empty.
fn gdelt_row(e: &EventRecord, url: Option<&str>) -> Vec<String> {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let date = e.date.as_deref().unwrap_or("").replace('-', "");
    let (year, month) = (date.get(..4).unwrap_or(""), date.get(4..6).unwrap_or(""));
    let fraction = match (year.parse::<f64>(), month.parse::<f64>(), date.get(6..8).and_then(|d| d.parse::<f64>().ok()))
    {
        (Ok(y), Ok(m), Some(d)) => format!("{:.4}", y + ((m - 1.0) * 30.0 + d) / 365.0),
        _ => String::new(),
    };
    let mut row = vec![String::new(); GDELT_COLUMNS.len()];
    row[0] = e.event_id.clone();
    row[1] = date.clone();
    row[2] = format!("{year}{month}");
    row[3] = year.to_string();
    row[4] = fraction;
    let mut actor = |base: usize, p: &dyad_extract::PartyRecord| {
        row[base] = p.code.clone();
        row[base + 1] = clean(p.canonical.as_deref().unwrap_or(&p.name));
        row[base + 2] = p.country.clone().unwrap_or_default();
        if p.country.is_none() {
            row[base + 3] = p.code.get(3..6).unwrap_or("").to_string();
        }
        row[base + 7] = p.role.clone().unwrap_or_default();
    };
    actor(5, &e.source);
    if let Some(t) = &e.target {
        actor(15, t);
    }
    row[25] = "0".into();
    row[26] = e.code.clone();
    row[27] = e.code.get(..3).unwrap_or(&e.code).to_string();
    row[28] = e.root.clone();
    row[29] = e.quad_class.to_string();
    row[30] = format!("{:.1}", e.goldstein);
    row[31] = "1".into();
    row[32] = "1".into();
    row[33] = "1".into();
    if let Some(l) = &e.location {
        // GDELT's geographic types: 1 country, 2 US state, 3 US city, 4 other city.
        row[51] = match (l.kind.as_str(), l.country.as_str()) {
            ("country", _) => "1",
            ("state", _) => "2",
            (_, "USA") => "3",
            _ => "4",
        }
        .into();
        row[52] = clean(&l.name);
        row[53] = l.country.clone();
        row[54] = format!("{}{}", l.country, l.admin1.as_deref().unwrap_or(""));
        row[56] = format!("{:.4}", l.lat);
        row[57] = format!("{:.4}", l.lon);
        row[58] = l.geonameid.to_string();
    }
    row[59] = date;
    row[60] = url.unwrap_or("").to_string();
    row
}
