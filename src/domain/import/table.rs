//! Reading a CSV as people's spreadsheets write it: a UTF-8 byte order mark, `;` or tab as the
//! separator (European Excel), quoted fields holding separators and line breaks, CRLF, and
//! blank lines anywhere. The first non-blank record is the header.

use crate::domain::import::{ImportError, ImportProblem};
use crate::domain::labels::fold;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The line the record starts on, counting from 1 as an editor does.
    pub line: u64,
    pub cells: Vec<String>,
}

impl Row {
    /// The cell in `column`, or "" when the row is shorter.
    pub fn get(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub file: String,
    pub headers: Vec<String>,
    /// The headers folded for matching (`labels::fold`), once.
    folded: Vec<String>,
    pub rows: Vec<Row>,
    /// The column separator the file uses: `,`, `;` or a tab.
    pub delimiter: u8,
}

/// Inventory exports have dozens of columns (RVTools vInfo about ninety); a file with more
/// than this is not one, and reading millions of cells would stall the page.
pub const MAX_COLUMNS: usize = 1_000;
/// The longest record read, in bytes: far longer than any real row of servers.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// The separator that occurs most often in the first line, outside quotes.
fn detect_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                for (delimiter, count) in counts.iter_mut() {
                    if byte == *delimiter {
                        *count += 1;
                    }
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|(_, count)| *count)
        .map_or(b',', |(delimiter, _)| *delimiter)
}

fn reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

/// The header cells of `text`, folded for matching (see `labels::fold`). Empty when the text
/// has no readable first record.
pub fn first_record_folded(text: &str) -> Vec<String> {
    let mut reader = reader(text);
    reader
        .records()
        .filter_map(Result::ok)
        .find(|record| record.iter().any(|cell| !cell.trim().is_empty()))
        .map(|record| record.iter().take(MAX_COLUMNS).map(fold).collect())
        .unwrap_or_default()
}

/// Line numbers from byte offsets. The csv crate's own line count is one short for a record
/// that follows a CRLF line end, so lines are counted here from the text itself.
struct LineIndex<'t> {
    text: &'t [u8],
    newlines: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    fn new(text: &'t str) -> Self {
        let newlines = text
            .bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i)
            .collect();
        Self {
            text: text.as_bytes(),
            newlines,
        }
    }

    /// The 1-based line of the first character at or after `byte` that is not a line end.
    fn line_of(&self, byte: u64) -> u64 {
        let mut at = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        while matches!(self.text.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        self.newlines.partition_point(|&newline| newline < at) as u64 + 1
    }
}

/// Where the quoted cell that is still open at the end of `text` begins, if one is: the csv
/// reader would read everything after it into that cell. Quotes open a cell only at its start;
/// inside one, `""` is a quote and a single `"` closes it (as the csv reader reads them).
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let (mut at_cell_start, mut open, mut opened_at) = (true, false, 0);
    let mut bytes = text.bytes().enumerate().peekable();
    while let Some((i, byte)) = bytes.next() {
        if open {
            if byte == b'"' {
                if bytes.peek().is_some_and(|&(_, next)| next == b'"') {
                    bytes.next();
                } else {
                    open = false;
                }
            }
        } else if byte == b'"' && at_cell_start {
            (open, opened_at) = (true, i);
        } else {
            at_cell_start = byte == delimiter || byte == b'\n' || byte == b'\r';
            continue;
        }
        at_cell_start = false;
    }
    open.then_some(opened_at)
}

/// A record too wide or too long to be a row of server data is refused where it is.
fn check_size(file: &str, line: u64, record: &csv::StringRecord) -> Result<(), ImportError> {
    if record.len() > MAX_COLUMNS {
        return Err(ImportError::at(
            file,
            line,
            None,
            ImportProblem::TooManyColumns(record.len()),
        ));
    }
    if record.as_slice().len() > MAX_RECORD_BYTES {
        return Err(ImportError::at(
            file,
            line,
            None,
            ImportProblem::LineTooLong,
        ));
    }
    Ok(())
}

impl Table {
    pub fn parse(file: &str, text: &str) -> Result<Self, ImportError> {
        let body = text.strip_prefix('\u{feff}').unwrap_or(text);
        let delimiter = detect_delimiter(body);
        let mut reader = reader(body);
        // No text has NUL characters; every zip (an .xlsx workbook) and most binaries do.
        if body.contains('\0') {
            return Err(ImportError::file(file, ImportProblem::NotText));
        }
        let lines = LineIndex::new(body);
        if let Some(byte) = unclosed_quote(body, delimiter) {
            let line = lines.line_of(byte as u64);
            return Err(ImportError::at(
                file,
                line,
                None,
                ImportProblem::UnclosedQuote,
            ));
        }
        let mut headers: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|error| {
                let line = error
                    .position()
                    .map_or(0, |position| lines.line_of(position.byte()));
                ImportError::at(file, line, None, ImportProblem::Csv(error.to_string()))
            })?;
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            let line = record
                .position()
                .map_or(0, |position| lines.line_of(position.byte()));
            check_size(file, line, &record)?;
            let cells: Vec<String> = record.iter().map(|cell| cell.trim().to_owned()).collect();
            if headers.is_none() {
                headers = Some(cells);
            } else {
                rows.push(Row { line, cells });
            }
        }
        let headers = headers.ok_or_else(|| ImportError::file(file, ImportProblem::Empty))?;
        if rows.is_empty() {
            return Err(ImportError::file(file, ImportProblem::NoRows));
        }
        let folded = headers.iter().map(|header| fold(header)).collect();
        Ok(Self {
            file: file.to_owned(),
            headers,
            folded,
            rows,
            delimiter,
        })
    }

    /// The first column whose header matches one of `aliases` (case, spaces, hyphens and
    /// underscores ignored).
    pub fn column(&self, aliases: &[&str]) -> Option<usize> {
        aliases.iter().find_map(|alias| {
            let alias = fold(alias);
            self.folded.iter().position(|header| *header == alias)
        })
    }

    /// Like [`Table::column`], but a header's unit does not count: "Storage (TB)", "Disk GiB"
    /// and "Provisioned MiB" match the aliases "storage", "disk" and "provisioned".
    pub fn column_any_unit(&self, aliases: &[&str]) -> Option<usize> {
        aliases.iter().find_map(|alias| {
            let folded = fold(alias);
            let bare = without_unit(&folded);
            self.folded
                .iter()
                .position(|header| *header == folded)
                .or_else(|| {
                    self.folded
                        .iter()
                        .position(|header| without_unit(header) == bare)
                })
        })
    }

    pub fn header(&self, column: usize) -> &str {
        self.headers.get(column).map_or("", String::as_str)
    }
}

/// A folded header without its size unit ("storage(tb)" → "storage", "provisionedmib" →
/// "provisioned").
fn without_unit(folded: &str) -> &str {
    const UNITS: [&str; 7] = ["bytes", "mib", "gib", "tib", "mb", "gb", "tb"];
    let mut text = folded;
    if let Some(open) = text.rfind('(') {
        let inner = text[open + 1..].trim_end_matches(')');
        if UNITS.contains(&inner) {
            text = &text[..open];
        }
    }
    for unit in UNITS {
        if let Some(stem) = text.strip_suffix(unit) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_semicolons_bom_crlf_quotes_and_blank_lines() {
        let text = "\u{feff}Name;Notes;Cores\r\n\r\nweb01;\"a; b\r\nsecond line\";4\r\n\r\ndb01;;8\r\n\r\n";
        let table = Table::parse("servers.csv", text).unwrap();
        assert_eq!(table.headers, ["Name", "Notes", "Cores"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].get(1), "a; b\r\nsecond line");
        assert_eq!((table.rows[0].line, table.rows[1].line), (3, 6));
        assert_eq!(table.rows[1].get(7), "", "short rows read as empty cells");
        assert_eq!(table.column(&["cores"]), Some(2));
    }

    #[test]
    fn units_in_headers_do_not_hide_the_column() {
        let table = Table::parse(
            "a.csv",
            "Name,Storage (TB),Disk GiB,Provisioned MiB\nweb,1,2,3\n",
        )
        .unwrap();
        assert_eq!(table.column_any_unit(&["storage"]), Some(1));
        assert_eq!(table.column_any_unit(&["disk"]), Some(2));
        assert_eq!(table.column_any_unit(&["provisioned"]), Some(3));
        assert_eq!(table.column_any_unit(&["name"]), Some(0));
        assert_eq!(table.column_any_unit(&["memory"]), None);
    }

    #[test]
    fn empty_and_header_only_files_are_errors() {
        assert_eq!(
            Table::parse("a.csv", "\n\n").unwrap_err().to_string(),
            "a.csv: the file is empty"
        );
        let error = Table::parse("a.csv", "Name,Cores\n").unwrap_err();
        assert!(error.to_string().contains("header but no rows"));
    }

    #[test]
    fn a_workbook_or_archive_renamed_csv_is_not_text() {
        // The first bytes of every zip, which an .xlsx workbook is, as a browser decodes them.
        let zip = "PK\u{3}\u{4}\u{14}\0\u{6}\0\u{8}\0\0\0!\0b\u{fffd}h^\u{1}\0\0\u{fffd}\u{4}\0\0\u{13}\0\u{8}\u{2}[Content_Types].xml";
        let error = Table::parse("servers.csv", zip).unwrap_err();
        assert_eq!(error.problem, ImportProblem::NotText);
        assert!(
            error
                .to_string()
                .starts_with("servers.csv: this is not a text file"),
            "{error}"
        );
    }

    #[test]
    fn a_quoted_cell_never_closed_is_an_error_on_the_line_it_starts() {
        // Cut short inside a quoted cell: the next server would be read into this one's OS.
        let text = "Name,OS,Cores\nweb01,Linux,2\nq-01,\"Windows, 2019,4\nq-02,Linux,2\n";
        let error = Table::parse("a.csv", text).unwrap_err();
        assert_eq!(error.line, Some(3));
        assert_eq!(error.problem, ImportProblem::UnclosedQuote);
    }

    #[test]
    fn closed_quotes_doubled_quotes_and_quotes_inside_a_cell_are_not_unclosed() {
        for text in [
            "Name,OS\n\"web01\",\"Windows, \"\"2019\"\"\"\n",
            "Name,Disk\nweb01,5\" disk\n",
            "Name,Notes\nweb01,\"two\r\nlines\"\n",
            "Name;OS\n\"web;01\";Linux\n",
        ] {
            assert!(Table::parse("a.csv", text).is_ok(), "{text:?}");
        }
    }
}
