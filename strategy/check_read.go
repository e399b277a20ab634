package strategy

import (
	"strings"
	"time"
)

// What the adviser reads in free text beyond dates, per language. Each
// table is a list of words or phrases; a rule looks words up here rather
// than carry its own, so a missed word is added in one place.

// countWordsIn are numbers written as words, per language. They say how
// much in a goal ("Get two new catering clients a month", «Få to nye
// kunder i måneden»). Articles that are also "one" (a, en, ei, ein, et)
// are left out: «Bli en kjent stemme» has no target.
var countWordsIn = map[string][]string{
	LangEnglish: {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands",
		"million", "millions", "dozen", "dozens", "double", "doubled", "triple", "tripled", "twice", "halve", "percent", "per cent"},
	LangBokmal: {"én", "ett", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni", "ti", "elleve", "tolv",
		"femten", "tjue", "tretti", "førti", "femti", "seksti", "hundre", "hundrevis", "tusen", "tusenvis",
		"million", "millioner", "dusin", "doble", "dobbelt", "doblet", "tredoble", "halvere", "prosent"},
	LangNynorsk: {"éin", "eitt", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv",
		"femten", "tjue", "tretti", "førti", "femti", "seksti", "hundre", "tusen", "million", "millionar",
		"dobla", "doble", "dobbelt", "halvera", "prosent"},
}

// readLangs are the languages a plan's text may be in: a plan marked
// bokmål is often written in nynorsk, and nynorsk plans use bokmål words.
func readLangs(lang string) []string {
	switch lang {
	case LangBokmal, LangNynorsk:
		return []string{LangBokmal, "nn"}
	}
	return []string{LangEnglish}
}

func countWordSet(lang string) map[string]bool {
	m := map[string]bool{}
	for _, l := range readLangs(lang) {
		for _, w := range countWordsIn[l] {
			m[w] = true
		}
	}
	return m
}

// baselineWords come before a number that says where a goal starts, not
// where it aims: "from 23,000 followers", «fra 850 følgere», «frå 850».
var baselineWords = set("from", "fra", "frå", "since", "siden", "sidan", "currently", "today", "now", "har", "have", "has")

// pastWords say that a number was already reached: "reached 64 million
// views in 2019", «vi nådde 10 000». A goal with only such numbers reports
// a result; it sets no target.
var pastWords = set("reached", "had", "got", "grew", "gained", "achieved", "was", "were", "hit", "passed",
	"nådde", "hadde", "fikk", "fekk", "vokste", "økte", "auka", "passerte", "oppnådde", "var")

// goalReading is what a goal says: how much, by when, by which dates, and
// whether its numbers are only where it starts or what it already did.
type goalReading struct {
	howMuch, byWhen bool
	deadlines       []Deadline
	// onlyStart is true when every number in the goal is a baseline or a
	// past result, so the goal names no target of its own.
	onlyStart bool
}

// readGoal reads a goal in the plan's language.
func readGoal(goal, lang string) goalReading {
	var r goalReading
	r.deadlines = Deadlines(goal, lang)
	rest := withoutDeadlines(goal, r.deadlines)
	r.howMuch, r.byWhen = goalShape(rest)
	if len(r.deadlines) > 0 {
		r.byWhen = true
	}
	counts := countWordSet(lang)
	ws := words(rest)
	inSpan := make([]bool, len(ws))
	for _, sp := range durations(ws) {
		for k := sp.start; k < sp.end; k++ {
			inSpan[k] = true
		}
	}
	targets, starts := 0, 0
	for i, w := range ws {
		if inSpan[i] || !(isDigits(w) || counts[w]) || isYear(w) && (i == len(ws)-1 || i > 0 && (beforeYear[ws[i-1]] || months[ws[i-1]])) {
			continue
		}
		r.howMuch = true
		if i > 0 && isDigits(ws[i-1]) && len(w) == 3 && isDigits(w) {
			continue // 23 000 is one number
		}
		if startsHere(ws, i) {
			starts++
		} else {
			targets++
		}
	}
	if strings.Contains(rest, "%") {
		targets++
	}
	for i, w := range ws {
		// "Answer every parent's question", «svare på alle spørsmål»: all
		// of them is 100 %, a number.
		if !inSpan[i] && wholeWords[w] {
			r.howMuch = true
			targets++
		}
	}
	r.onlyStart = starts > 0 && targets == 0
	if r.onlyStart {
		r.howMuch = false
	}
	return r
}

// wholeWords say "all of them" in a goal, which is a target of 100 %:
// "every question", «alle spørsmål», «kvart spørsmål».
var wholeWords = set("every", "all", "each", "alle", "hver", "hvert", "hvart", "kvar", "kvart", "samtlige", "samtlege")

// startsHere reports whether the number at token i is a baseline or a past
// result: one of the three words before it says so.
func startsHere(ws []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if baselineWords[ws[k]] || pastWords[ws[k]] {
			return true
		}
		if ws[k] == "to" || ws[k] == "til" || ws[k] == "reach" || ws[k] == "nå" || ws[k] == "target" || ws[k] == "mål" {
			return false // "from 850 to 2,000": the 2,000 is the target
		}
	}
	return false
}

// rateFree are phrases that name hours of the day, not a rhythm: "we post
// outside office hours too" says nothing about how often.
var rateFree = []string{"office hours", "opening hours", "working hours", "business hours", "åpningstid", "åpningstida",
	"åpningstiden", "opningstid", "opningstida", "kontortid", "kontortiden", "kontortida", "arbeidstid", "arbeidstiden", "arbeidstida"}

// rhythmWords name a rhythm without a number: weekdays, mornings, days of
// the week, in English, bokmål and nynorsk.
var rhythmWords = set("weekday", "weekdays", "weekend", "weekends", "morning", "mornings", "evening", "evenings",
	"monday", "mondays", "tuesday", "tuesdays", "wednesday", "wednesdays", "thursday", "thursdays", "friday", "fridays",
	"saturday", "saturdays", "sunday", "sundays", "january", "february", "march", "april", "june", "july",
	"august", "september", "october", "november", "december", "january", "semester", "term", "season",
	"hverdag", "hverdager", "hverdagene", "kvardag", "kvardagar", "kvardagane", "helg", "helga", "helgen", "helgene",
	"morgen", "morgenen", "morgon", "morgonen", "kveld", "kvelden", "kveldar",
	"mandag", "mandager", "tirsdag", "tirsdager", "onsdag", "onsdager", "torsdag", "torsdager", "fredag", "fredager",
	"lørdag", "lørdager", "søndag", "søndager", "måndag", "måndagar", "tysdag", "tysdagar", "laurdag", "laurdagar",
	"sundag", "sundagar", "januar", "februar", "mars", "mai", "juni", "juli", "oktober", "desember",
	"semesteret", "semesterstart", "skolestart", "skulestart", "sesong", "sesongen")

// vaguePhrases are answers to "how often" that name no rhythm at all: "as
// the team sees fit", «ved behov». A rhythm named beside them still counts.
var vaguePhrases = []string{"as needed", "when needed", "if needed", "as required", "when required", "sees fit", "see fit",
	"regularly", "ongoing", "on going", "continuously", "continually", "when relevant", "when there is news",
	"whenever", "ad hoc", "as appropriate", "from time to time", "quality over quantity", "living document",
	"ved behov", "etter behov", "ved trong", "etter trong", "fortløpende", "fortløpande", "jevnlig", "jevnleg",
	"jamleg", "jamnleg", "løpende", "løpande", "kontinuerlig", "kontinuerleg", "når det passer", "når det høver",
	"når det er nytt", "når noe skjer", "når noko skjer", "etter skjønn", "kvalitet framfor kvantitet",
	"kvalitet foran kvantitet", "kvalitet fremfor kvantitet", "levende dokument", "levande dokument"}

// readRate reads how often a free-text answer says something happens: "3
// posts a week", «kvar veke», "every weekday at 9", "quarterly". It reports
// false when the answer names no rhythm, as in "as the team sees fit",
// «ved behov», "we post outside office hours too" or "quality over
// quantity". A number alone ("3 posts") is no rhythm either.
func readRate(text string) bool {
	low := " " + strings.Join(words(text), " ") + " "
	for _, p := range rateFree {
		low = strings.ReplaceAll(low, " "+strings.Join(words(p), " ")+" ", " ")
	}
	ws := strings.Fields(low)
	if len(durations(ws)) > 0 {
		return true
	}
	for i, w := range ws {
		switch {
		case rhythmWords[w], units[w] >= time.Hour && i > 0:
			return true
		case (w == "i" || w == "per" || w == "a" || w == "an" || w == "om" || w == "every" || w == "each" ||
			w == "hver" || w == "hvert" || w == "kvar" || w == "kvart" || w == "annenhver" || w == "annakvar") && i+1 < len(ws) && units[ws[i+1]] > 0:
			return true
		}
	}
	return false
}

// vague reports whether an answer uses a phrase that names no rhythm.
func vague(text string) bool { return mentions(text, vaguePhrases...) }

// OwnerKind is who an owner as written is: one person, a role one person
// holds, or a group of people.
type OwnerKind int

// Owner kinds.
const (
	OwnerPerson OwnerKind = iota
	OwnerRole
	OwnerTeam
)

// teamWords name a group of people, in English, bokmål and nynorsk. A stem
// ending in * matches any word that starts with it.
var teamWords = []string{"team*", "unit", "units", "department*", "dept", "group", "groups", "desk", "office", "committee*",
	"board", "staff", "crew", "editors", "editorial", "squad", "secretariat", "division", "section", "service",
	"volunteers", "everyone", "all of us", "we",
	"avdeling*", "seksjon*", "enhet*", "eining*", "eininga", "gruppe*", "gruppa", "redaksjon*", "styre", "styret",
	"utvalg*", "utval*", "komite*", "komité*", "kontor*", "sekretariat*", "stab*", "staben", "frivillige",
	"kommunikasjonsavdeling*", "kommunikasjonsstab*", "kommunikasjonseining*", "kommunikasjonsenhet*", "alle", "vi", "me",
	"redaktører", "redaktørar", "rådgivere", "rådgjevarar", "medarbeidere", "medarbeidarar", "tillitsvalgte"}

// roleWords name a role, not a person.
var roleWords = []string{"manager", "lead", "leader", "head", "director", "officer", "coordinator", "editor", "adviser",
	"advisor", "chair", "secretary", "owner", "ceo", "founder", "administrator", "admin", "intern",
	"leder", "leiar", "sjef", "rådgiver", "rådgjevar", "koordinator", "redaktør", "daglig", "dagleg", "styreleder",
	"styreleiar", "sekretær", "eier", "eigar", "gründer", "konsulent", "kommunikasjonssjef", "kommunikasjonsrådgiver",
	"kommunikasjonsrådgjevar", "webredaktør", "nettredaktør", "informasjonssjef", "rektor", "ordfører", "rådmann",
	"kommunedirektør", "trener", "trenar", "lærer", "lærar"}

// ReadOwner says whether an owner as written is a person, a role or a team:
// "Kari (café manager)" is a person, "Communications manager" a role,
// "Digital communications team (four editors, two on call)" and
// «Kommunikasjonsavdelingen» a team. A role held by several people ("three
// editors") is a team.
func ReadOwner(owner string) OwnerKind {
	head, detail := owner, ""
	if i := strings.IndexAny(owner, "(,;/"); i >= 0 {
		head, detail = owner[:i], owner[i:]
	}
	ws := words(head)
	if len(ws) == 0 {
		return OwnerPerson
	}
	if mentions(head, teamWords...) || severalPeople(detail) {
		return OwnerTeam
	}
	// "Communications manager" is a role, "Kari" and "Kari Berg" are
	// people: a role ends in a role word, or starts with one («daglig
	// leder»), or is one word made of one (kommunikasjonsrådgiver).
	last := ws[len(ws)-1]
	if mentions(last, roleWords...) || mentions(ws[0], roleWords...) || len(ws) == 1 && endsInRole(last) {
		return OwnerRole
	}
	return OwnerPerson
}

// endsInRole reports whether a compound word ends in a role word:
// kommunikasjonsrådgjevar, webredaktør.
func endsInRole(w string) bool {
	for _, r := range roleWords {
		if len(r) >= 4 && strings.HasSuffix(w, r) {
			return true
		}
	}
	return false
}

// severalPeople reports whether a detail such as "four editors, two on
// call" or «3 personer» counts more than one person.
func severalPeople(detail string) bool {
	ws := words(detail)
	for i, w := range ws {
		n, ok := number(w)
		if (ok && n >= 2 && n < 1000 || countWordSet(LangEnglish)[w] || countWordSet(LangBokmal)[w]) && i+1 < len(ws) {
			next := ws[i+1]
			if strings.HasSuffix(next, "s") || strings.HasSuffix(next, "er") || strings.HasSuffix(next, "ar") ||
				strings.HasSuffix(next, "e") || next == "on" || next == "people" || next == "personer" || next == "folk" {
				return true
			}
		}
	}
	return false
}

// deputyWords show that an owner's answer names a stand-in.
var deputyWords = []string{"deputy", "backup", "back up", "stand in", "stand-in", "stands in", "cover*", "on call",
	"substitute", "second", "with", "and", "together", "stedfortreder*", "stedfortredar*", "vara*", "backup",
	"avløser*", "avløysar*", "på vakt", "sammen med", "saman med", "og", "med"}

// NameVariants returns the forms people write an organisation's name in,
// squashed (lower case, letters and digits only): the full name, without
// its company form, its first word when that is distinctive, its acronym
// (NRK for Norsk rikskringkasting, UiO for Universitetet i Oslo), and a
// short form given in brackets ("Nasjonalbiblioteket (NB)"). A handle or
// hashtag ("@solsidenbakeri", "#SolsidenBakeri") squashes to one of these.
func NameVariants(name string) []string {
	main, short, _ := strings.Cut(name, "(")
	var out []string
	add := func(s string) {
		if s != "" && len(s) >= 2 {
			for _, o := range out {
				if o == s {
					return
				}
			}
			out = append(out, s)
		}
	}
	add(squash(main))
	add(orgKey(main))
	ws := words(main)
	for len(ws) > 1 && legalSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 1 && len([]rune(ws[0])) >= 4 {
		add(ws[0])
	}
	if len(ws) > 1 {
		var all, major strings.Builder
		for _, w := range ws {
			r := []rune(w)
			all.WriteRune(r[0])
			if !minorWords[w] {
				major.WriteRune(r[0])
			}
		}
		add(all.String())
		add(major.String())
	}
	add(squash(strings.TrimSuffix(strings.TrimSpace(short), ")")))
	return out
}

// minorWords are left out of an acronym: "National Archives and Records
// Administration" is NARA.
var minorWords = set("and", "of", "the", "for", "in", "og", "i", "for", "av", "på", "til")

// mentionsOrg reports whether text names the organisation in any of its
// forms.
func mentionsOrg(text, name string) bool {
	vs := NameVariants(name)
	for _, w := range words(text) {
		for _, v := range vs {
			if w == v {
				return true
			}
		}
	}
	s := squash(text)
	for i, v := range vs {
		if (i < 2 || len(v) >= 6) && strings.Contains(s, v) {
			return true
		}
	}
	return false
}
