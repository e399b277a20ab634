// Package workshop serves the interview over SSH to a room of participants,
// one wizard per SSH session, and keeps every participant's plan in a data
// folder that the facilitator can read while the server runs.
//
// Every file access goes through an os.Root of the data folder, and every
// participant's files through an os.Root of their own folder, so no name a
// participant types can reach anything else.
package workshop

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtibben/confusables"
	"golang.org/x/text/secure/precis"
	"golang.org/x/text/unicode/norm"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// MaxNameLen is the longest participant name, in characters.
const MaxNameLen = 32

// NameError says why an SSH user name cannot be a participant. Its message
// is safe to print on any terminal: the name is quoted with escapes.
type NameError struct {
	Name string
	// Reason says why, in English.
	Reason string
	reason strategy.Text
	args   []any
}

func (e *NameError) Error() string { return e.In(strategy.LangEnglish) }

// In is the error's message in the language.
func (e *NameError) In(lang string) string {
	return fmt.Sprintf(strategy.Text{
		En: "the name %s cannot be used: %s; connect as a short name made of letters, digits, '.', '-' or '_', such as ssh kari@host",
		Nb: "navnet %s kan ikke brukes: %s; koble til med et kort navn av bokstaver, sifre, '.', '-' eller '_', som ssh kari@host",
		Nn: "namnet %s kan ikkje brukast: %s; kopl til med eit kort namn av bokstavar, siffer, '.', '-' eller '_', som ssh kari@host",
	}.In(lang), QuoteName(e.Name), fmt.Sprintf(e.reason.In(lang), e.args...))
}

// Why a name cannot be used; %s, %d and %q take the values named.
var nameReasons = struct {
	Empty, NotUTF8, TooLong, StartsWith, Slash, Control, Contains, Styled, Mixed, Device, Index strategy.Text
}{
	Empty:      strategy.Text{En: "it is empty", Nb: "det er tomt", Nn: "det er tomt"},
	NotUTF8:    strategy.Text{En: "it is not valid UTF-8", Nb: "det er ikke gyldig UTF-8", Nn: "det er ikkje gyldig UTF-8"},
	TooLong:    strategy.Text{En: "it is longer than %d characters", Nb: "det er lengre enn %d tegn", Nn: "det er lengre enn %d teikn"},
	StartsWith: strategy.Text{En: "it starts with %q", Nb: "det begynner med %q", Nn: "det byrjar med %q"},
	Slash:      strategy.Text{En: "it contains a slash", Nb: "det inneholder en skråstrek", Nn: "det inneheld ein skråstrek"},
	Control:    strategy.Text{En: "it contains control characters", Nb: "det inneholder kontrolltegn", Nn: "det inneheld kontrollteikn"},
	Contains:   strategy.Text{En: "it contains %s", Nb: "det inneholder %s", Nn: "det inneheld %s"},
	Styled: strategy.Text{En: "it contains characters a name cannot have, such as symbols or styled letters",
		Nb: "det inneholder tegn et navn ikke kan ha, som symboler eller pyntede bokstaver",
		Nn: "det inneheld teikn eit namn ikkje kan ha, som symbol eller pynta bokstavar"},
	Mixed: strategy.Text{En: "it mixes letters of two alphabets (%s and %s), which can make it look like another name",
		Nb: "det blander bokstaver fra to alfabeter (%s og %s), så det kan ligne et annet navn",
		Nn: "det blandar bokstavar frå to alfabet (%s og %s), så det kan likne eit anna namn"},
	Device: strategy.Text{En: "it is a reserved device name", Nb: "det er et reservert enhetsnavn", Nn: "det er eit reservert einingsnamn"},
	Index: strategy.Text{En: "`workshop collect` writes its index under that name",
		Nb: "`workshop collect` skriver oversikten sin under det navnet",
		Nn: "`workshop collect` skriv oversikta si under det namnet"},
}

// QuoteName quotes a name for a terminal or a log: escape sequences, bidi
// overrides and other invisible characters show as Go escapes, and a very
// long name is cut.
func QuoteName(name string) string {
	const show = 40
	cut := ""
	if utf8.RuneCountInString(name) > show || !utf8.ValidString(name) && len(name) > show {
		name, cut = strategy.Truncate(name, show), "…"
	}
	return strconv.QuoteToGraphic(name) + cut
}

// logName is a name as a log line carries it: as QuoteName shows it but
// without the quotes, which the log's own handler adds where the value
// needs them (text) or always (JSON), so kari logs as user=kari, not
// user="\"kari\"".
func logName(name string) string {
	q := QuoteName(name)
	end := strings.LastIndexByte(q, '"')
	return q[1:end] + q[end+1:]
}

// reserved are names that Windows will not create as files or folders.
var reserved = map[string]bool{
	"con": true, "prn": true, "aux": true, "nul": true,
	"com1": true, "com2": true, "com3": true, "com4": true, "com5": true, "com6": true, "com7": true, "com8": true, "com9": true,
	"lpt1": true, "lpt2": true, "lpt3": true, "lpt4": true, "lpt5": true, "lpt6": true, "lpt7": true, "lpt8": true, "lpt9": true,
}

// ParticipantID maps an SSH user name to the id the participant's files
// are stored under, or refuses it with a *NameError. The id is the name as
// PRECIS's UsernameCaseMapped profile (RFC 8265, golang.org/x/text) makes
// it: fullwidth and halfwidth forms folded to their usual width, lower
// case, Unicode NFC; so "Kari", "ｋａｒｉ" and "kari" are one participant.
// Names are refused rather than rewritten, so that two different names can
// never share a plan: only letters, digits, '.', '-' and '_' are allowed,
// the first character must be a letter or digit (no ".", "..", hidden
// files or flags), the letters must come from one script (Unicode TR39's
// "highly restrictive" level: one script, or Latin with Han and the
// Japanese kana, Bopomofo or Hangul), so "kаri" with a Cyrillic "а" is
// refused; and the name is at most MaxNameLen characters. Names that look
// alike across participants are caught when a new name is claimed (Server.create).
func ParticipantID(user string) (string, error) {
	bad := func(reason strategy.Text, args ...any) (string, error) {
		return "", &NameError{Name: user, Reason: fmt.Sprintf(reason.En, args...), reason: reason, args: args}
	}
	switch {
	case user == "":
		return bad(nameReasons.Empty)
	case !utf8.ValidString(user):
		return bad(nameReasons.NotUTF8)
	case utf8.RuneCountInString(user) > MaxNameLen:
		return bad(nameReasons.TooLong, MaxNameLen)
	}
	id := strings.ToLower(norm.NFC.String(user))
	for i, r := range id {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case i > 0 && (r == '.' || r == '-' || r == '_'):
		case i == 0 && (r == '.' || r == '-' || r == '_'):
			return bad(nameReasons.StartsWith, r)
		case r == '/' || r == '\\':
			return bad(nameReasons.Slash)
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return bad(nameReasons.Control)
		default:
			return bad(nameReasons.Contains, strconv.QuoteRuneToGraphic(r))
		}
	}
	id, err := precis.UsernameCaseMapped.String(id)
	if err != nil || id == "" {
		return bad(nameReasons.Styled)
	}
	if utf8.RuneCountInString(id) > MaxNameLen {
		return bad(nameReasons.TooLong, MaxNameLen)
	}
	if a, b, mixed := mixedScripts(id); mixed {
		return bad(nameReasons.Mixed, a, b)
	}
	base, _, _ := strings.Cut(id, ".")
	if reserved[base] {
		return bad(nameReasons.Device)
	}
	if id == "index" {
		return bad(nameReasons.Index)
	}
	return id, nil
}

// highlyRestrictive are the sets of scripts TR39's "highly restrictive"
// level allows together, besides any single script.
var highlyRestrictive = [][]string{
	{"Latin", "Han", "Hiragana", "Katakana"},
	{"Latin", "Han", "Bopomofo"},
	{"Latin", "Han", "Hangul"},
}

// scriptNames are the scripts looked up, in the order tried: the common
// ones first.
var scriptNames = func() []string {
	names := []string{"Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Hiragana", "Katakana", "Hangul"}
	for n := range unicode.Scripts {
		if !slices.Contains(names, n) && n != "Common" && n != "Inherited" {
			names = append(names, n)
		}
	}
	slices.Sort(names[9:])
	return names
}()

// scriptOf names the script of r; "" for Common and Inherited, which mix
// with any script (digits, marks, punctuation).
func scriptOf(r rune) string {
	if r < 0x80 && !unicode.IsLetter(r) || unicode.In(r, unicode.Common, unicode.Inherited) {
		return ""
	}
	for _, n := range scriptNames {
		if unicode.Is(unicode.Scripts[n], r) {
			return n
		}
	}
	return ""
}

// mixedScripts reports two scripts of s that may not stand together.
func mixedScripts(s string) (a, b string, mixed bool) {
	var seen []string
	for _, r := range s {
		if sc := scriptOf(r); sc != "" && !slices.Contains(seen, sc) {
			seen = append(seen, sc)
		}
	}
	if len(seen) < 2 {
		return "", "", false
	}
	for _, set := range highlyRestrictive {
		if !slices.ContainsFunc(seen, func(sc string) bool { return !slices.Contains(set, sc) }) {
			return "", "", false
		}
	}
	return seen[0], seen[1], true
}

// skeleton is the form of an id that Unicode TR39 compares for look-alikes:
// two ids with one skeleton look the same on a screen ("rn" and "m", "0"
// and "o", Cyrillic "а" and Latin "a").
func skeleton(id string) string { return confusables.Skeleton(id) }
