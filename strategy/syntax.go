package strategy

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The YAML library's syntax errors speak of its parser ("mapping values
// are not allowed in this context"), give no column, and often name the
// line where the enclosing block starts rather than the line at fault: an
// unclosed quote on line 41 can be reported at line 39. syntaxError finds
// the line at fault itself — the first line at which the file, cut off
// after it, no longer reads — and says in words what is wrong there and
// how to fix it.

// syntaxTexts are the messages for syntax errors, in every language. %s
// arguments are quoted from the file.
var syntaxTexts = struct {
	TabIndent, TabOnly, ColonInText, Unclosed, UnclosedList, UnclosedMap, AfterQuote, Apostrophe,
	Escape, BadStart, Indent, NotItem, NoColon, ItemHere, Other Text
}{
	TabIndent: Text{
		En: "a tab is used for indentation; indent with spaces",
		Nb: "et tabulatortegn er brukt til innrykk; bruk mellomrom",
		Nn: "eit tabulatorteikn er brukt til innrykk; bruk mellomrom",
	},
	TabOnly: Text{
		En: "this line holds only a tab; delete it",
		Nb: "denne linjen har bare et tabulatortegn; slett det",
		Nn: "denne linja har berre eit tabulatorteikn; slett det",
	},
	ColonInText: Text{
		En: "text that contains \": \" must be in quotes: write %s",
		Nb: "tekst som inneholder \": \" må stå i anførselstegn: skriv %s",
		Nn: "tekst som inneheld \": \" må stå i hermeteikn: skriv %s",
	},
	Unclosed: Text{
		En: "the quote that starts here is not closed; end the text with %s",
		Nb: "anførselstegnet som begynner her, er ikke lukket; avslutt teksten med %s",
		Nn: "hermeteiknet som byrjar her, er ikkje lukka; avslutt teksten med %s",
	},
	UnclosedList: Text{
		En: "the list that starts with [ here is not closed; end it with ]",
		Nb: "listen som begynner med [ her, er ikke lukket; avslutt den med ]",
		Nn: "lista som byrjar med [ her, er ikkje lukka; avslutt ho med ]",
	},
	UnclosedMap: Text{
		En: "the { here is not closed; end it with }",
		Nb: "{ her er ikke lukket; avslutt med }",
		Nn: "{ her er ikkje lukka; avslutt med }",
	},
	AfterQuote: Text{
		En: "more text follows the closing quote; put all of the text inside the quotes",
		Nb: "det står mer tekst etter det avsluttende anførselstegnet; sett hele teksten i anførselstegn",
		Nn: "det står meir tekst etter det avsluttande hermeteiknet; set heile teksten i hermeteikn",
	},
	Apostrophe: Text{
		En: "an apostrophe inside text in '...' ends the text; write it twice ('') or put the text in \"...\"",
		Nb: "en apostrof inne i tekst i '...' avslutter teksten; skriv den to ganger ('') eller sett teksten i \"...\"",
		Nn: "ein apostrof inne i tekst i '...' avsluttar teksten; skriv han to gonger ('') eller set teksten i \"...\"",
	},
	Escape: Text{
		En: "%s is not a known escape in text in \"...\"; write \\\\ for a backslash, or put the text in '...'",
		Nb: "%s er ikke en kjent kode i tekst i \"...\"; skriv \\\\ for en omvendt skråstrek, eller sett teksten i '...'",
		Nn: "%s er ikkje ein kjend kode i tekst i \"...\"; skriv \\\\ for ein omvend skråstrek, eller set teksten i '...'",
	},
	BadStart: Text{
		En: "text cannot start with %s; put it in quotes: %s",
		Nb: "tekst kan ikke begynne med %s; sett den i anførselstegn: %s",
		Nn: "tekst kan ikkje byrje med %s; set han i hermeteikn: %s",
	},
	Indent: Text{
		En: "this line is not indented like the keys it belongs with; use the same number of spaces as they do",
		Nb: "denne linjen har ikke samme innrykk som nøklene den hører til; bruk like mange mellomrom som de",
		Nn: "denne linja har ikkje same innrykk som nøklane ho høyrer til; bruk like mange mellomrom som dei",
	},
	NotItem: Text{
		En: "this line stands where the list's items do but does not start with \"- \"; indent it under an item or make it an item",
		Nb: "denne linjen står der listepunktene står, men begynner ikke med \"- \"; rykk den inn under et punkt eller gjør den til et punkt",
		Nn: "denne linja står der listepunkta står, men byrjar ikkje med \"- \"; rykk ho inn under eit punkt eller gjer ho til eit punkt",
	},
	NoColon: Text{
		En: "this line has no \": \"; write a key and its value (name: value), or indent the line if it continues the text above",
		Nb: "denne linjen mangler \": \"; skriv en nøkkel og verdien (navn: verdi), eller rykk inn linjen hvis den fortsetter teksten over",
		Nn: "denne linja manglar \": \"; skriv ein nøkkel og verdien (namn: verdi), eller rykk inn linja dersom ho held fram teksten over",
	},
	ItemHere: Text{
		En: "a list item (\"- \") cannot stand here; put the list on the lines under a key that ends with \":\"",
		Nb: "et listepunkt (\"- \") kan ikke stå her; sett listen på linjene under en nøkkel som slutter med \":\"",
		Nn: "eit listepunkt (\"- \") kan ikkje stå her; set lista på linjene under ein nøkkel som sluttar med \":\"",
	},
	Other: Text{
		En: "not valid YAML: %s",
		Nb: "ikke gyldig YAML: %s",
		Nn: "ikkje gyldig YAML: %s",
	},
}

var languageLine = regexp.MustCompile(`(?m)^language:[ \t]*["']?([a-zA-Z]+)`)

// fileLanguage guesses the language of a file that cannot be read as
// YAML from its "language:" line; empty when there is none or it names no
// language the product speaks (Text.In then gives English).
func fileLanguage(data []byte) string {
	if m := languageLine.FindSubmatch(data); m != nil {
		if l := strings.ToLower(string(m[1])); oneOf(l, Languages...) {
			return l
		}
	}
	return ""
}

// syntaxError explains err, the YAML library's error for data, as one
// FieldError at the line and column at fault.
func syntaxError(name string, data []byte, err error) *FieldError {
	lang := fileLanguage(data)
	lines := bytes.SplitAfter(data, []byte("\n"))
	// The first line at which the file, cut off after it, fails: before
	// it the file reads. Cutting a file off seldom breaks it (a key with
	// nothing after it is an empty value), so this is where the mistake is.
	lo, hi := 0, len(lines) // lines[:lo] reads, lines[:hi] fails
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if yamlErr(bytes.Join(lines[:mid], nil)) == nil {
			lo = mid
		} else {
			hi = mid
		}
	}
	at := hi - 1 // 0-based
	msg := yamlMessage(yamlErr(bytes.Join(lines[:hi], nil)))
	if msg == "" {
		msg = yamlMessage(err)
	}
	line := strings.TrimRight(string(lines[at]), "\r\n")
	if msg == "mapping values are not allowed in this context" {
		// "name Solsiden" above "about: ...": the line above lost its
		// colon and reads as text continued here.
		if p := prevLine(lines, at); p >= 0 {
			prev := strings.TrimRight(string(lines[p]), "\r\n")
			if indentOf(prev) == indentOf(line) && keyEnd(strings.TrimLeft(prev, " ")) < 0 && !strings.HasPrefix(strings.TrimLeft(prev, " "), "- ") {
				return &FieldError{File: name, Line: p + 1, Col: indentOf(prev) + 1, Msg: syntaxTexts.NoColon.In(lang)}
			}
		}
	}
	col, text := explain(line, msg, lang)
	if text == "" {
		// No better words: the library's, at its line.
		l, m := yamlError(err)
		return &FieldError{File: name, Line: l, Msg: fmt.Sprintf(syntaxTexts.Other.In(lang), m)}
	}
	return &FieldError{File: name, Line: at + 1, Col: col, Msg: text}
}

// prevLine returns the index of the last line before at that holds more
// than a comment, or -1.
func prevLine(lines [][]byte, at int) int {
	for i := at - 1; i >= 0; i-- {
		if t := bytes.TrimSpace(lines[i]); len(t) > 0 && t[0] != '#' {
			return i
		}
	}
	return -1
}

func indentOf(line string) int { return len(line) - len(strings.TrimLeft(line, " ")) }

func yamlErr(data []byte) error {
	var n yaml.Node
	return yaml.Unmarshal(data, &n)
}

// yamlMessage is the library's message without "yaml: line N: ".
func yamlMessage(err error) string {
	if err == nil {
		return ""
	}
	_, msg := yamlError(err)
	return msg
}

// explain says what is wrong with line, where the library said msg, and
// at which column (1-based, in characters). It returns no text when it
// cannot tell.
func explain(line, msg, lang string) (col int, text string) {
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	if i := strings.IndexByte(line[:indent], '\t'); i >= 0 {
		if indent == len(line) {
			return i + 1, syntaxTexts.TabOnly.In(lang)
		}
		return i + 1, syntaxTexts.TabIndent.In(lang)
	}
	// The value: what follows "- " and "key: " at the start of the line.
	v := indent
	for strings.HasPrefix(line[v:], "- ") {
		v += 2
		for v < len(line) && line[v] == ' ' {
			v++
		}
	}
	key := ""
	if k := keyEnd(line[v:]); k > 0 {
		key = line[v : v+k]
		v += k + 1
		for v < len(line) && line[v] == ' ' {
			v++
		}
	}
	value := line[v:]
	runeCol := func(byteCol int) int { return utf8.RuneCountInString(line[:byteCol]) + 1 }
	first := runeCol(indent)
	if key != "" {
		key += ": "
	}

	switch {
	case strings.HasPrefix(msg, "found unknown escape character"):
		if i := badEscape(value); i >= 0 {
			return runeCol(v + i), fmt.Sprintf(syntaxTexts.Escape.In(lang), value[i:i+1+utf8RuneLen(value[i+1:])])
		}
	case value != "" && (value[0] == '"' || value[0] == '\''):
		end := quoteEnd(value)
		switch {
		case end < 0:
			return runeCol(v), fmt.Sprintf(syntaxTexts.Unclosed.In(lang), value[:1])
		case strings.TrimSpace(value[end+1:]) != "" && !strings.HasPrefix(strings.TrimSpace(value[end+1:]), "#"):
			if value[0] == '\'' {
				return runeCol(v + end), syntaxTexts.Apostrophe.In(lang)
			}
			rest := value[end+1:]
			return runeCol(v + end + 1 + len(rest) - len(strings.TrimLeft(rest, " \t"))), syntaxTexts.AfterQuote.In(lang)
		}
	case value != "" && (value[0] == '[' || value[0] == '{') && !closes(value):
		if value[0] == '[' {
			return runeCol(v), syntaxTexts.UnclosedList.In(lang)
		}
		return runeCol(v), syntaxTexts.UnclosedMap.In(lang)
	case strings.HasPrefix(msg, "found character that cannot start any token") && value != "" && strings.ContainsAny(value[:1], "@`"):
		return runeCol(v), fmt.Sprintf(syntaxTexts.BadStart.In(lang), value[:1], key+strconv.Quote(value))
	}
	switch msg {
	case "mapping values are not allowed in this context":
		if i := strings.Index(value, ": "); i >= 0 || strings.HasSuffix(value, ":") {
			if i < 0 {
				i = len(value) - 1
			}
			return runeCol(v + i), fmt.Sprintf(syntaxTexts.ColonInText.In(lang), key+strconv.Quote(value))
		}
		return first, syntaxTexts.Indent.In(lang)
	case "did not find expected key":
		if strings.HasPrefix(line[indent:], "- ") || line[indent:] == "-" {
			return first, syntaxTexts.ItemHere.In(lang)
		}
		return first, syntaxTexts.Indent.In(lang)
	case "did not find expected '-' indicator":
		return first, syntaxTexts.NotItem.In(lang)
	case "could not find expected ':'":
		return first, syntaxTexts.NoColon.In(lang)
	case "block sequence entries are not allowed in this context":
		return first, syntaxTexts.ItemHere.In(lang)
	}
	return 0, ""
}

// keyEnd returns the index of the ':' that ends a plain key at the start
// of s ("name: ..." or "name:" at the end), or -1.
func keyEnd(s string) int {
	if s == "" || strings.ContainsAny(s[:1], "\"'[{#&*!|>%@`") {
		return -1
	}
	i := strings.Index(s, ": ")
	if i < 0 && strings.HasSuffix(s, ":") {
		i = len(s) - 1
	}
	if i <= 0 || strings.Contains(s[:i], " #") {
		return -1
	}
	return i
}

// quoteEnd returns the index in s of the quote that closes the quote at
// s[0], or -1 when the line does not close it.
func quoteEnd(s string) int {
	q := s[0]
	for i := 1; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return i
		}
	}
	return -1
}

// closes reports whether the brackets opened in s are closed in s,
// ignoring brackets inside quotes.
func closes(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		case '"', '\'':
			end := quoteEnd(s[i:])
			if end < 0 {
				return false
			}
			i += end
		}
	}
	return depth <= 0
}

// badEscape returns the index of the first backslash in the double-quoted
// text s that starts an escape YAML does not know, or -1.
func badEscape(s string) int {
	if s == "" || s[0] != '"' {
		return -1
	}
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '"' {
			return -1
		}
		if s[i] == '\\' {
			if !strings.ContainsRune("0abt\tnvfre \"/\\N_LPxuU\n", rune(s[i+1])) {
				return i
			}
			i++
		}
	}
	return -1
}

func utf8RuneLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}
