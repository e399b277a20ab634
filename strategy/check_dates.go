package strategy

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	dps "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
)

// The adviser's date reader. Absolute dates written the usual ways
// (31.12.2027, 31.12.27, 31/12/2027, 2027-12-31, 1. juni 2027, juni 2027,
// June 1, 2027, des. 2027) are found by the patterns below and turned into
// dates by go-dateparser, which knows the month names and abbreviations of
// English, bokmål and nynorsk. What it does not read, the table after it
// does: quarters, halves, seasons, holidays, the end of a year, a bare year
// after "by" or «innen», a school year. See the README for why this library.

// Deadline is a point in time a text names, as the last day it covers:
// "June 2027" ends on 30 June 2027, «innen utgangen av 2027» on 31 December.
type Deadline struct {
	// Last is the last day the text allows, at midnight UTC.
	Last time.Time
	// Text is the words that name it, as written.
	Text string
	// start and end are its byte offsets in the text read.
	start, end int
}

// dateParser turns a found date into a date. It is configured here once and
// never changed; go-dateparser allows concurrent Parse calls on one Parser.
var dateParser = &dps.Parser{}

// absoluteDate finds a written date: digits with separators, or a month
// name (checked by go-dateparser) with a year and perhaps a day.
var absoluteDate = regexp.MustCompile(`(?i)\b(?:` +
	`\d{4}-\d{1,2}-\d{1,2}` + // 2027-12-31
	`|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})` + // 31.12.2027, 31.12.27, 31/12/2027
	`|(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?)?\p{L}{3,}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:\d{4})` + // 1. juni 2027, June 1, 2027, juni 2027
	`)\b`)

// julNotJuly is «jul» without a point: Christmas in Norwegian, not July.
var julNotJuly = regexp.MustCompile(`(?i)(^|\s)jul\s`)

// parseLangs are the languages go-dateparser tries for text in a plan's
// language: a bokmål plan may be written in nynorsk, and the other way round.
func parseLangs(lang string) []string {
	switch lang {
	case LangBokmal, LangNynorsk:
		return []string{"nb", "nn", "en"}
	}
	return []string{"en", "nb", "nn"}
}

// parseDate reads one date found by absoluteDate.
func parseDate(s, lang string) (time.Time, bool) {
	// One language at a time, the plan's first: go-dateparser checks every
	// language it is given against the text, which costs more than a
	// second try when the first fails.
	for _, l := range parseLangs(lang) {
		if t, ok := parseDateIn(s, lang, l); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseDateIn reads one date in one of go-dateparser's languages.
func parseDateIn(s, lang, in string) (time.Time, bool) {
	cfg := &dps.Configuration{
		Languages:           []string{in},
		CurrentTime:         time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		DefaultTimezone:     time.UTC,
		PreferredDayOfMonth: dps.Last,
		RequiredParts:       []string{"month", "year"},
	}
	if lang != LangEnglish || strings.Contains(s, ".") {
		// Day first, as Norwegians and most of Europe write it. An English
		// plan with 12/31/2027 is still read right: there is no 31st month.
		cfg.DateOrder = dps.DMY
	}
	if len(s) >= 4 && isDigits(s[:1]) && strings.Count(s, "-") == 2 {
		cfg.DateOrder = dps.YMD
	}
	d, err := dateParser.Parse(cfg, s)
	if err != nil || d.Time.IsZero() {
		return time.Time{}, false
	}
	t := d.Time.UTC()
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch d.Period {
	case date.Month:
		t = endOfMonth(t.Year(), t.Month())
	case date.Year:
		t = time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return t, true
}

func endOfMonth(y int, m time.Month) time.Time {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
}

// periodRule is one way of naming a period that go-dateparser does not
// read. The pattern's last group is the year; last gives the period's last
// day from the year and the other groups.
type periodRule struct {
	pattern string
	last    func(year int, g []string) time.Time
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func quarterEnd(y int, q string) time.Time {
	n := map[string]int{"1": 1, "2": 2, "3": 3, "4": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
		"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "første": 1, "fyrste": 1, "andre": 2, "tredje": 3, "fjerde": 4}[strings.ToLower(q)]
	if n == 0 {
		n = 4
	}
	return endOfMonth(y, time.Month(3*n))
}

func halfEnd(y int, h string) time.Time {
	switch strings.ToLower(h) {
	case "1", "first", "1st", "første", "fyrste":
		return ymd(y, 6, 30)
	}
	return ymd(y, 12, 31)
}

// seasonEnd is the last day of a season or holiday. Winter runs into the
// next year; the adviser takes the latest reading, so that a deadline is
// never called passed too early.
func seasonEnd(y int, s string) time.Time {
	s = strings.ToLower(s)
	switch {
	case strings.HasPrefix(s, "spring"), strings.HasPrefix(s, "vår"), strings.HasPrefix(s, "easter"), strings.HasPrefix(s, "påsk"):
		return ymd(y, 6, 30)
	case strings.HasPrefix(s, "summer"), strings.HasPrefix(s, "sommer"), strings.HasPrefix(s, "sommar"):
		return ymd(y, 8, 31)
	case strings.HasPrefix(s, "autumn"), strings.HasPrefix(s, "fall"), strings.HasPrefix(s, "høst"), strings.HasPrefix(s, "haust"),
		strings.HasPrefix(s, "christmas"), strings.HasPrefix(s, "jul"):
		return ymd(y, 12, 31)
	}
	return ymd(y+1, 2, 28) // winter
}

const (
	reYear    = `((?:19|20)\d{2})`
	reQuarter = `(1|2|3|4|first|second|third|fourth|1st|2nd|3rd|4th|første|fyrste|andre|tredje|fjerde)`
	reHalf    = `(1|2|first|second|1st|2nd|første|fyrste|andre)`
	reSeason  = `(spring|summer|autumn|fall|winter|christmas|easter|våren|vår|sommeren|sommer|sommaren|sommar|høsten|høst|hausten|haust|vinteren|vinter|julen|jula|jul|påsken|påska|påske)`
	reEndOf   = `(?:the\s+)?(?:end|close)\s+of|utgangen\s+av|slutten\s+av|enden\s+av|slutten\s+på`
	reBy      = `by|in|before|until|till|during|for|innen|innan|i|før|til|ved|gjennom|within`
)

// periodRules are the periods go-dateparser leaves to the adviser, a case
// per line. Each runs on the lower-cased text.
var periodRules = []periodRule{
	{`\bq` + `([1-4])\s*[-/ ]?\s*` + reYear, func(y int, g []string) time.Time { return quarterEnd(y, g[1]) }},                                    // Q2 2027, Q2-2027
	{reYear + `\s*[-/ ]?\s*q([1-4])\b`, func(y int, g []string) time.Time { return quarterEnd(y, g[2]) }},                                         // 2027 Q2
	{`\b` + reQuarter + `\.?\s+(?:quarter|kvartal)(?:\s+of|\s+i)?\s+` + reYear, func(y int, g []string) time.Time { return quarterEnd(y, g[1]) }}, // second quarter of 2027, 2. kvartal 2027
	{`\bh([12])\s*[-/ ]?\s*` + reYear, func(y int, g []string) time.Time { return halfEnd(y, g[1]) }},                                             // H1 2027
	{`\b` + reHalf + `\.?\s+(?:half|halvår|halvår)(?:\s+of|\s+i)?\s+` + reYear, func(y int, g []string) time.Time { return halfEnd(y, g[1]) }},    // first half of 2027, første halvår 2027
	{`\b` + reSeason + `(?:\s+of|\s+i)?\s+` + reYear, func(y int, g []string) time.Time { return seasonEnd(y, g[1]) }},                            // summer 2027, sommeren 2027
	{`\b(?:skoleåret|studieåret|school\s+year|academic\s+year)?\s*` + `(?:19|20)\d{2}\s*[/–-]\s*(?:(?:19|20)?(\d{2}))\b`, func(_ int, g []string) time.Time { // 2026/27
		y, _ := strconv.Atoi(g[1])
		return ymd(2000+y, 6, 30)
	}},
	{`\b(?:fy|fiscal\s+year|financial\s+year|regnskapsåret|budsjettåret)\s*(?:20)?(\d{2})\b`, func(_ int, g []string) time.Time { // FY2027, FY27: the latest reading, a year ending in March
		y, _ := strconv.Atoi(g[1])
		return ymd(2000+y+1, 3, 31)
	}},
	{`(?:` + reEndOf + `)\s+(?:the\s+)?(?:year\s+|året\s+)?` + reYear, func(y int, _ []string) time.Time { return ymd(y, 12, 31) }},  // by the end of 2027, innen utgangen av 2027
	{`\b(?:` + reBy + `)\s+(?:the\s+year\s+|året\s+)?` + reYear + `\b`, func(y int, _ []string) time.Time { return ymd(y, 12, 31) }}, // by 2027, innen 2027, i 2027
}

var compiledPeriods = func() []*regexp.Regexp {
	out := make([]*regexp.Regexp, len(periodRules))
	for i, r := range periodRules {
		out[i] = regexp.MustCompile("(?i)" + r.pattern)
	}
	return out
}()

// Deadlines returns the dates and periods a text names, in the order they
// appear, each read as the last day it allows. lang is the plan's language
// (en, nb or nn); it decides whether 05.06.2027 is the 5th of June (always,
// with dots) and which month names are tried first. Text that names no
// date, or only a length of time ("within six months"), gives none.
func Deadlines(text, lang string) []Deadline {
	if len(text) > 2000 {
		text = text[:2000] // a goal is a sentence; a pasted essay is read in part
	}
	var out []Deadline
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.end && b > d.start {
				return true
			}
		}
		return false
	}
	for _, loc := range absoluteDate.FindAllStringIndex(text, -1) {
		s := text[loc[0]:loc[1]]
		if lang != LangEnglish && julNotJuly.MatchString(s) {
			continue // «jul 2027» is Christmas; the table below reads it
		}
		if t, ok := parseDate(s, lang); ok {
			out = append(out, Deadline{Last: t, Text: s, start: loc[0], end: loc[1]})
		}
	}
	for i, re := range compiledPeriods {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if taken(m[0], m[1]) {
				continue
			}
			g := make([]string, len(m)/2)
			for k := range g {
				if m[2*k] >= 0 {
					g[k] = text[m[2*k]:m[2*k+1]]
				}
			}
			y := 0
			for k := len(g) - 1; k > 0; k-- {
				if len(g[k]) == 4 && isYear(g[k]) {
					y, _ = strconv.Atoi(g[k])
					break
				}
			}
			out = append(out, Deadline{Last: periodRules[i].last(y, g), Text: strings.TrimSpace(g[0]), start: m[0], end: m[1]})
		}
	}
	sortDeadlines(out)
	return out
}

func sortDeadlines(ds []Deadline) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].start < ds[j-1].start; j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// withoutDeadlines blanks out the deadlines in text, so that the numbers in
// them are not read as targets.
func withoutDeadlines(text string, ds []Deadline) string {
	b := []byte(text)
	for _, d := range ds {
		for k := d.start; k < d.end && k < len(b); k++ {
			if b[k] != ' ' {
				b[k] = ' '
			}
		}
	}
	return string(b)
}
