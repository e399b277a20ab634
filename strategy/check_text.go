package strategy

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The adviser reads free text the way a person skims it: by words, in
// English and bokmål. These helpers are deliberately simple; a rule that
// cannot tell stays quiet rather than guess.

// words splits text into lower-case tokens: runs of letters, and runs of
// digits. A point or comma between two digits stays in the number (1.5,
// 2,000); a letter next to a digit starts a new token (24t is 24, t).
func words(s string) []string {
	var out []string
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) ||
				(rs[j] == '.' || rs[j] == ',') && j+1 < len(rs) && unicode.IsDigit(rs[j+1]) && j > i) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		default:
			i++
		}
	}
	return out
}

const (
	day   = 24 * time.Hour
	week  = 7 * day
	month = 30 * day
	year  = 365 * day
)

// units are the words for lengths of time. A working day counts as a day:
// the adviser compares response times with "two working days", and a
// calendar day is close enough for that.
var units = map[string]time.Duration{
	"min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"minutt": time.Minute, "minutter": time.Minute, "minuttar": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"t": time.Hour, "time": time.Hour, "timer": time.Hour, "timar": time.Hour, "timen": time.Hour,
	"day": day, "days": day, "dag": day, "dager": day, "dagar": day, "dagen": day, "døgn": day, "døgnet": day,
	"virkedag": day, "virkedager": day, "virkedagar": day, "arbeidsdag": day, "arbeidsdager": day, "yrkedag": day,
	"arbeidsdagar": day, "yrkedagar": day, "vekedag": day, "vekedagar": day, "timane": time.Hour, "dagane": day,
	// A school day is a working day at a school: «1 skoledag», «ein skuledag».
	"skoledag": day, "skoledager": day, "skoledagen": day, "skoledagene": day,
	"skuledag": day, "skuledagar": day, "skuledagen": day, "skuledagane": day,
	"week": week, "weeks": week, "uke": week, "uker": week, "uka": week, "uken": week, "veke": week, "veker": week, "veka": week, "vekene": week,
	"month": month, "months": month, "måned": month, "måneder": month, "måneden": month, "mnd": month,
	"månad": month, "månader": month, "månaden": month,
	"quarter": 3 * month, "quarters": 3 * month, "kvartal": 3 * month, "kvartalet": 3 * month,
	"halvår": 6 * month, "halvåret": 6 * month,
	"year": year, "years": year, "år": year, "året": year,
}

// adverbs are lengths of time said in one word.
var adverbs = map[string]time.Duration{
	"immediately": 15 * time.Minute, "straks": 15 * time.Minute, "umiddelbart": 15 * time.Minute,
	"halvtime": 30 * time.Minute, "halvtimen": 30 * time.Minute,
	"hourly": time.Hour, "timevis": time.Hour,
	"daily": day, "daglig": day, "dagleg": day,
	"weekly": week, "ukentlig": week, "vekentleg": week,
	"monthly": month, "månedlig": month, "månadleg": month,
	"quarterly": 3 * month, "kvartalsvis": 3 * month,
	"yearly": year, "annually": year, "årlig": year, "årleg": year,
}

// numberWords are numbers written out that people use for lengths of time.
var numberWords = map[string]float64{
	"a": 1, "an": 1, "one": 1, "en": 1, "ett": 1, "et": 1, "ei": 1, "én": 1, "eitt": 1, "ein": 1, "éin": 1, "eit": 1, "éi": 1,
	"two": 2, "to": 2, "three": 3, "tre": 3, "four": 4, "fire": 4, "five": 5, "fem": 5,
	"six": 6, "seks": 6, "seven": 7, "sju": 7, "syv": 7, "eight": 8, "åtte": 8,
	"nine": 9, "ni": 9, "ten": 10, "ti": 10, "twelve": 12, "tolv": 12,
	"fourteen": 14, "fjorten": 14, "twenty": 20, "tjue": 20, "thirty": 30, "tretti": 30,
	// «annenhver time» is every second hour, «annethvert år» every second year.
	"annenhver": 2, "annethvert": 2, "annakvar": 2, "annankvar": 2, "annakvart": 2, "annankvart": 2,
	// «hver andre time», nynorsk «kvar andre time».
	"andre": 2,
}

// beforeBareUnit are words that make a unit on its own mean one of it:
// "every hour", «hver time», «innen timen». Not «i»: «i dag» is today.
var beforeBareUnit = set("every", "each", "per", "within", "hver", "hvert", "kvar", "kvart", "innen", "innan", "om")

// span is a length of time found in text, and the tokens it took.
type span struct {
	d          time.Duration
	start, end int // tokens [start, end)
}

// durations finds every length of time in the tokens, in order.
func durations(ws []string) []span {
	var out []span
	for i := 0; i < len(ws); i++ {
		if s, ok := durationAt(ws, i); ok {
			out = append(out, s)
			i = s.end - 1
		}
	}
	return out
}

// durationAt reads a length of time starting at token i.
func durationAt(ws []string, i int) (span, bool) {
	at := func(k int) string {
		if k < len(ws) {
			return ws[k]
		}
		return ""
	}
	w := ws[i]
	if d, ok := adverbs[w]; ok {
		return span{d, i, i + 1}, true
	}
	switch {
	case (w == "same" || w == "samme") && (isDayUnit(at(i+1)) || isWorking(at(i+1)) && isDayUnit(at(i+2))):
		// The same (working) day: answered before the day is out.
		end := i + 2
		if isWorking(at(i + 1)) {
			end++
		}
		return span{8 * time.Hour, i, end}, true
	case (w == "next" || w == "neste") && (isDayUnit(at(i+1)) || isWorking(at(i+1)) && isDayUnit(at(i+2))):
		end := i + 2
		if isWorking(at(i + 1)) {
			end++
		}
		return span{day, i, end}, true
	}

	n, isNum := number(w)
	j := i + 1
	if !isNum {
		if u, ok := units[at(i+1)]; ok && beforeBareUnit[w] {
			return span{u, i, i + 2}, true
		}
		if u, ok := units[at(i+2)]; ok && w == "within" && at(i+1) == "the" {
			return span{u, i, i + 3}, true
		}
		if w == "half" || w == "halv" {
			n, isNum, j = 1, true, i // "half an hour", "halv time"
		} else {
			return span{}, false
		}
	}
	factor := 1.0
	if at(j) == "half" || at(j) == "halv" {
		factor, j = 0.5, j+1
		if at(j) == "a" || at(j) == "an" {
			j++
		}
	}
	if isWorking(at(j)) && isDayUnit(at(j+1)) {
		j++
	}
	u, ok := units[at(j)]
	if !ok {
		return span{}, false
	}
	d := time.Duration(math.MaxInt64) // longer than any plan means; keep it huge
	if f := n * factor * float64(u); f < math.MaxInt64 {
		d = time.Duration(f)
	}
	return span{d, i, j + 1}, true
}

// isWorking reports whether w makes the day after it a working day:
// "2 working days", "1 school day".
func isWorking(w string) bool {
	return w == "working" || w == "business" || w == "work" || w == "school" || w == "teaching"
}

func isDayUnit(w string) bool { return units[w] == day }

// number reads a token as a number: digits (1.5 or 1,5) or a number word.
func number(w string) (float64, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	if !isDigits(w) {
		return 0, false
	}
	if strings.Count(w, ",") == 1 && !strings.Contains(w, ".") {
		w = strings.Replace(w, ",", ".", 1)
	}
	n, err := strconv.ParseFloat(w, 64)
	return n, err == nil
}

// ParseDuration reads the first length of time in a free-text answer such
// as "4 hours", "2 working days", «24 timer», «1 dag», "30 min", "within a
// day", «samme dag», "every 2 hours" or «hver 2. time». Of a range ("1-2
// days") it reads the upper end. A working day counts as a day. It reports
// false when the text names no length of time, as in "as soon as possible".
func ParseDuration(s string) (time.Duration, bool) {
	ds := durations(words(s))
	if len(ds) == 0 {
		return 0, false
	}
	return ds[0].d, true
}

var (
	months = set("january", "february", "march", "april", "june", "july", "august", "september",
		"october", "november", "december", "januar", "februar", "mars", "mai", "juni", "juli",
		"oktober", "desember", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec")
	// beforeYear are words after which a four-digit number is a year, not a
	// target: "by 2027", «innen 2027».
	beforeYear = set("by", "in", "before", "until", "till", "of", "end", "during", "from",
		"innen", "i", "før", "til", "av", "utgangen", "slutten", "løpet", "fra", "innan", "frå")
	timeWords = set("deadline", "frist", "fristen", "summer", "autumn", "winter", "spring", "christmas", "easter",
		"sommer", "sommeren", "høst", "høsten", "vinter", "vinteren", "våren", "jul", "julen", "påske", "påsken",
		"semester", "semesteret", "term", "halvår", "halvåret", "today", "tomorrow", "tonight",
		"sommaren", "haust", "hausten", "jula", "påska", "morgon")
	// countWords say how much without digits.
	countWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
		"twenty", "thirty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
		"dozen", "double", "doubled", "triple", "halve", "percent",
		"tre", "fem", "seks", "sju", "syv", "åtte", "ti", "tolv", "tjue", "tretti", "femti",
		"hundre", "tusen", "million", "millioner", "dusin", "doble", "dobbelt", "doblet", "tredoble", "halvere", "prosent",
		"millionar", "dobla", "halvera", "tredobla")
)

// goalShape reports whether a goal says how much (a number) and by when (a
// date, a deadline or a period). Numbers that are part of the time frame,
// such as the year in "by 2027" or the six in "within six months", do not
// count as a target.
func goalShape(goal string) (howMuch, byWhen bool) {
	ws := words(goal)
	used := make([]bool, len(ws))
	for _, s := range durations(ws) {
		byWhen = true
		for k := s.start; k < s.end; k++ {
			used[k] = true
		}
	}
	for i, w := range ws {
		prev := ""
		if i > 0 {
			prev = ws[i-1]
		}
		switch {
		case months[w] || w == "may" && i+1 < len(ws) && isYear(ws[i+1]):
			byWhen, used[i] = true, true
		case timeWords[w], units[w] >= day:
			// A period in a goal is a time frame: «i måneden», "this year".
			byWhen = true
		case w == "q" && i+1 < len(ws) && len(ws[i+1]) == 1 && ws[i+1] >= "1" && ws[i+1] <= "4":
			byWhen, used[i], used[i+1] = true, true, true
		case isYear(w) && (i == len(ws)-1 || beforeYear[prev] || months[prev] || prev == "may" || i > 0 && used[i-1]):
			byWhen, used[i] = true, true
		}
	}
	if strings.Contains(goal, "%") {
		howMuch = true
	}
	for i, w := range ws {
		if used[i] {
			continue
		}
		if isDigits(w) || countWords[w] {
			howMuch = true
		}
	}
	return howMuch, byWhen
}

// isDigits reports whether a token from words is a number.
func isDigits(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1900 && n <= 2199
}

// mentions reports whether text contains any of the phrases as words. A
// phrase ending in * matches any word that starts with it ("affect*" matches
// "affected"); otherwise whole words must match ("her" does not match
// "here"). Matching ignores case and punctuation.
func mentions(text string, phrases ...string) bool {
	hay := " " + strings.Join(words(text), " ") + " "
	for _, p := range phrases {
		p, prefix := strings.CutSuffix(p, "*")
		if !plainPhrase(p) {
			p = strings.Join(words(p), " ")
		}
		if p == "" {
			continue
		}
		// " "+p+" " without building it: the phrase must start a word and,
		// unless it is a prefix, end one.
		for i := 0; ; {
			k := strings.Index(hay[i:], p)
			if k < 0 {
				break
			}
			k += i
			if hay[k-1] == ' ' && (prefix || hay[k+len(p)] == ' ') {
				return true
			}
			i = k + 1
		}
	}
	return false
}

// plainPhrase reports whether a phrase is already as words writes it:
// lower-case letters and digits, single spaces inside. Most are, and they
// need not be split again on every call.
func plainPhrase(p string) bool {
	if p == "" || p[0] == ' ' || p[len(p)-1] == ' ' {
		return false
	}
	prev := ' '
	for _, r := range p {
		switch {
		case r == ' ':
			if prev == ' ' {
				return false
			}
		case !unicode.IsLower(r) && !unicode.IsDigit(r):
			return false
		}
		prev = r
	}
	return true
}

// hasWordForm reports whether any token is one of the stems with a common
// English or Norwegian ending: customer(s), kunde(r/ne).
func hasWordForm(text string, stems ...string) bool {
	for _, w := range words(text) {
		for _, s := range stems {
			if !strings.HasPrefix(w, s) {
				continue
			}
			switch w[len(s):] {
			case "", "s", "e", "r", "er", "ere", "en", "ne", "ene", "a", "ar", "ane", "es":
				return true
			}
		}
	}
	return false
}

// squash lower-cases a name and drops everything but letters and digits, so
// that "#SolsidenBakeri" and "Solsiden Bakeri" compare equal.
func squash(s string) string {
	return strings.Join(words(s), "")
}

// sameAnswer reports whether two free-text answers say the same, ignoring
// case, spacing and punctuation.
func sameAnswer(a, b string) bool { return squash(a) == squash(b) }

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
