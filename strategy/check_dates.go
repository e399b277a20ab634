package strategy

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/goodsign/monday"
)

// The adviser's date reader. Absolute dates written the usual ways
// (31.12.2027, 31.12.27, 31/12/2027, 2027-12-31, 1. juni 2027, juni 2027,
// June 1, 2027, des. 2027) are found by the patterns below and turned into
// dates by monday, which knows the month names and abbreviations of
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

// absoluteDate finds a written date: digits with separators, or a month
// name (checked by monday) with a year and perhaps a day.
var absoluteDate = regexp.MustCompile(`(?i)\b(?:` +
	`\d{4}-\d{1,2}-\d{1,2}` + // 2027-12-31
	`|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})` + // 31.12.2027, 31.12.27, 31/12/2027
	`|(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:of\s+)?)?\p{L}{3,}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(?:\d{4})` + // 1. juni 2027, June 1, 2027, juni 2027
	`)\b`)

// julNotJuly is «jul» without a point: Christmas in Norwegian, not July.
var julNotJuly = regexp.MustCompile(`(?i)(^|\s)jul\s`)

// numericDate splits a date written in digits into its three numbers.
var numericDate = regexp.MustCompile(`^(\d{1,4})[./-](\d{1,2})[./-](\d{2,4})$`)

// dateLocales are the locales whose month names are tried for text in a
// plan's language, the plan's own first: a bokmål plan may be written in
// nynorsk, and the other way round.
func dateLocales(lang string) []monday.Locale {
	switch lang {
	case LangBokmal, LangNynorsk:
		return []monday.Locale{monday.LocaleNbNO, monday.LocaleNnNO, monday.LocaleEnUS}
	}
	return []monday.Locale{monday.LocaleEnUS, monday.LocaleNbNO, monday.LocaleNnNO}
}

// namedLayouts are the shapes of a date with a month name, once the day's
// ordinal, "of", points and commas are gone; day is whether the layout
// names the day (without one, the date is the month's last day).
var namedLayouts = []struct {
	layout string
	day    bool
}{
	{"2 January 2006", true}, {"January 2 2006", true}, {"January 2006", false},
	{"2 Jan 2006", true}, {"Jan 2 2006", true}, {"Jan 2006", false},
}

// ordinal is a day's English ordinal ending and "of": "1st of June".
var ordinal = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\b)?`)

// parseDate reads one date found by absoluteDate, as its last day: a
// month without a day ends on the month's last day.
func parseDate(s, lang string) (time.Time, bool) {
	if m := numericDate.FindStringSubmatch(s); m != nil {
		return parseNumeric(m[1], m[2], m[3], lang == LangEnglish && !strings.Contains(s, "."))
	}
	v := ordinal.ReplaceAllString(s, "$1")
	v = strings.Join(strings.Fields(strings.NewReplacer(".", " ", ",", " ").Replace(v)), " ")
	// Month names are matched in lower case (monday's Norwegian names are),
	// and English ones in any case by the time package.
	v = strings.ToLower(v)
	for _, loc := range dateLocales(lang) {
		for _, l := range namedLayouts {
			t, err := monday.ParseInLocation(l.layout, v, time.UTC, loc)
			if err != nil {
				continue
			}
			if !l.day {
				t = endOfMonth(t.Year(), t.Month())
			}
			return t, true
		}
	}
	return time.Time{}, false
}

// parseNumeric reads a date in digits: year first (2027-12-31), or day
// first as Norwegians and most of Europe write it; monthFirst also tries
// the American 12/31/2027 when day first is no date.
func parseNumeric(a, b, c string, monthFirst bool) (time.Time, bool) {
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	if len(a) == 4 {
		return validDate(n(a), n(b), n(c))
	}
	if len(a) > 2 || len(c) == 3 {
		return time.Time{}, false
	}
	y := n(c)
	if len(c) == 2 {
		y += 2000
	}
	if t, ok := validDate(y, n(b), n(a)); ok {
		return t, true
	}
	if monthFirst {
		return validDate(y, n(a), n(b))
	}
	return time.Time{}, false
}

// validDate is the date y-m-d when there is one.
func validDate(y, m, d int) (time.Time, bool) {
	t := ymd(y, time.Month(m), d)
	if m < 1 || m > 12 || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func endOfMonth(y int, m time.Month) time.Time {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
}

// periodRule is one way of naming a period that a date parser does not
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

// periodRules are the periods a date parser leaves to the adviser, a case
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
