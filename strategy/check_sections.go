package strategy

import (
	"fmt"
	"strings"
)

// A section is a part of the plan a person answers in one go. When none of
// it is answered yet, the adviser says so once instead of listing every
// field as a gap: a person who has not reached the incident page needs to
// hear "the incident plan is still open", not four faults.
type section struct {
	// path is the section's prefix; first is its first field, where a
	// front end opens it and the summary finding points.
	path, first string
	// rank is the rule whose place in Rules the summary takes.
	rank string
	// tip marks a section whose absence is a tip, not a gap; weak one
	// whose absence is a weak spot.
	tip, weak bool
	// open reports whether nothing in the section is answered.
	open func(p *Plan) bool
	// what names the section and what it decides.
	what    Text
	suggest Text
}

func sections(p *Plan) []section {
	var out []section
	if p.Active() {
		for i, c := range p.Channels {
			name := channelName(c, i)
			out = append(out, section{
				path: fmt.Sprintf("channels[%d]", i), first: fmt.Sprintf("channels[%d].purposes", i), rank: "channel-owner",
				open: func(p *Plan) bool {
					c := p.Channels[i]
					return len(c.Purposes) == 0 && blank(c.Goal) && len(c.Measures) == 0 && blank(c.Audience) &&
						blank(c.Owner) && blank(c.Cadence) && blank(c.Tone)
				},
				what: trn("The plan for %s is not answered yet: what it is for, a goal, who owns it and how often you post.",
					"Planen for %s er ikke besvart ennå: hva kanalen skal brukes til, et mål, hvem som har ansvaret, og hvor ofte dere publiserer.",
					"Planen for %s er ikkje svara på enno: kva kanalen skal brukast til, eit mål, kven som har ansvaret, og kor ofte de publiserer.", name),
				suggest: trn("Start with what %s is for and who owns it; the goal and measures follow from that.",
					"Begynn med hva %s skal brukes til og hvem som har ansvaret; målet og måltallene følger av det.",
					"Byrj med kva %s skal brukast til og kven som har ansvaret; målet og måltala følgjer av det.", name),
			})
		}
		out = append(out,
			section{path: "voice", first: "voice.tone", rank: "spokespeople-named",
				open: unanswered("voice.tone", "voice.spokespeople", "voice.spokespeople_names", "voice.guidelines"),
				what: trn("The voice is not answered yet: your tone, who may speak for you and the rules %s follow.",
					"Tone og talspersoner er ikke besvart ennå: tonen deres, hvem som kan uttale seg, og reglene %s følger.",
					"Tone og talspersonar er ikkje svara på enno: tonen dykkar, kven som kan uttale seg, og reglane %s følgjer.", kindOf(p).People),
				suggest: trn("Decide first who may speak for the organisation; %s ask that before anything else.",
					"Bestem først hvem som kan uttale seg på vegne av organisasjonen; det er det %s spør om først.",
					"Bestem først kven som kan uttale seg på vegner av organisasjonen; det er det %s spør om først.", kindOf(p).People)},
			section{path: "responses.praise", first: "responses.praise.approach", rank: "praise-response", tip: true,
				open: unanswered("responses.praise.approach", "responses.praise.response_time", "responses.praise.owner"),
				what: trn("How you answer praise is not answered yet.", "Hvordan dere svarer på ros, er ikke besvart ennå.",
					"Korleis de svarar på ros, er ikkje svara på enno."),
				suggest: trn(`Write one line, e.g. "Thank within a day; share the best with permission".`,
					"Skriv én linje, for eksempel «Takk innen et døgn; del de beste med tillatelse».",
					"Skriv éi linje, til dømes «Takk innan eit døgn; del dei beste med løyve».")},
			section{path: "responses.criticism", first: "responses.criticism.approach", rank: "criticism-response-time",
				open: unanswered("responses.criticism.approach", "responses.criticism.response_time", "responses.criticism.owner", "responses.criticism.escalation"),
				what: trn("How you answer criticism is not answered yet: how, how fast, by whom and who takes over when it is serious.",
					"Hvordan dere svarer på kritikk, er ikke besvart ennå: hvordan, hvor raskt, av hvem, og hvem som tar over når det er alvorlig.",
					"Korleis de svarar på kritikk, er ikkje svara på enno: korleis, kor raskt, av kven, og kven som tek over når det er alvorleg."),
				suggest: trn("Start with the response time and who answers; criticism left unanswered grows in public.",
					"Begynn med svartiden og hvem som svarer; kritikk som ikke blir besvart, vokser i full offentlighet.",
					"Byrj med svartida og kven som svarar; kritikk som ikkje får svar, veks i full offentlegheit.")},
			section{path: "responses.incident", first: "responses.incident.lead", rank: "incident-lead",
				open: unanswered("responses.incident.lead", "responses.incident.channels", "responses.incident.holding_statement", "responses.incident.update_interval"),
				what: trn("The incident plan is not answered yet: who leads, where you inform, a first statement and how often you update.",
					"Planen for krisekommunikasjon er ikke besvart ennå: hvem som leder, hvor dere informerer, en første melding og hvor ofte dere oppdaterer.",
					"Planen for krisekommunikasjon er ikkje svara på enno: kven som leier, kvar de informerer, ei første melding og kor ofte de oppdaterer."),
				suggest: trn("Start with who leads and a first statement written in advance; in an incident there is no time to write one.",
					"Begynn med hvem som leder, og en første melding skrevet på forhånd; under en hendelse er det ikke tid til å skrive den.",
					"Byrj med kven som leier, og ei første melding skriven på førehand; under ei hending er det ikkje tid til å skrive ho.")},
			section{path: "listening", first: "listening.terms", rank: "listening-terms",
				open: unanswered("listening.terms", "listening.frequency", "listening.owner"),
				what: trn("Listening is not answered yet: what you listen for, how often and who does it.",
					"Lytting er ikke besvart ennå: hva dere lytter etter, hvor ofte og hvem som gjør det.",
					"Lytting er ikkje svara på enno: kva de lyttar etter, kor ofte og kven som gjer det."),
				suggest: trn("Start with your own name and its short forms; most of what matters is said about you by name.",
					"Begynn med navnet deres og kortformene av det; det meste som betyr noe, blir sagt om dere ved navn.",
					"Byrj med namnet dykkar og kortformene av det; det meste som betyr noko, blir sagt om dykk ved namn.")},
		)
	}
	if p.Active() {
		out = append(out,
			section{path: "organisation.objectives", first: "organisation.objectives", rank: "reporting", tip: true,
				open: unanswered("organisation.objectives"),
				what: trn("What the strategy serves is not answered yet: the organisation's own goals that social media is for.",
					"Hva strategien skal støtte, er ikke besvart ennå: virksomhetens egne mål som sosiale medier skal bidra til.",
					"Kva strategien skal støtte, er ikkje svart på enno: måla til verksemda som sosiale medium skal bidra til."),
				suggest: trn("Add it to your strategy: one to three of the organisation's goals, so every channel can say which it serves.",
					"Legg det til i strategien: ett til tre av virksomhetens mål, så hver kanal kan vise hvilket den støtter.",
					"Legg det til i strategien: eitt til tre av måla til verksemda, så kvar kanal kan vise kva for eitt han støttar.")},
			section{path: "content", first: "content.themes", rank: "reporting", tip: true,
				open: unanswered("content.themes", "content.off_limits", "content.planning"),
				what: trn("Content is not answered yet: your themes, what you never post about, and how you plan.",
					"Innhold er ikke besvart ennå: temaene deres, hva dere aldri publiserer om, og hvordan dere planlegger.",
					"Innhald er ikkje svart på enno: temaa dykkar, kva de aldri publiserer om, og korleis de planlegg."),
				suggest: trn("Add it to your strategy: three themes and two or three topics that are off limits are enough to start.",
					"Legg det til i strategien: tre temaer og to eller tre emner dere holder dere unna, er nok til å begynne.",
					"Legg det til i strategien: tre tema og to eller tre emne de held dykk unna, er nok til å byrje.")},
			section{path: "resources", first: "resources.hours_per_week", rank: "reporting", tip: true,
				open: unanswered("resources.hours_per_week", "resources.budget", "resources.tools"),
				what: trn("Time and money are not answered yet: the hours a week, the budget and the tools.",
					"Tid og penger er ikke besvart ennå: timer i uka, budsjett og verktøy.",
					"Tid og pengar er ikkje svart på enno: timar i veka, budsjett og verktøy."),
				suggest: trn("Add it to your strategy: the hours a week the plan takes is the figure that decides whether it happens.",
					"Legg det til i strategien: timene i uka planen krever, er tallet som avgjør om den blir fulgt.",
					"Legg det til i strategien: timane i veka planen krev, er talet som avgjer om han blir følgd.")},
			// Governance unanswered in a plan with accounts is a weak spot,
			// not a tip: GOV.UK's social media playbook asks for two-factor
			// login on every account, and an account lost to a guessed
			// password is an incident of its own (DSB, veileder
			// krisekommunikasjon).
			section{path: "governance", first: "governance.approval", rank: "security", weak: true,
				open: unanswered("governance.approval", "governance.security", "governance.accessibility", "governance.legal", "governance.training"),
				what: trn("Governance and security are not answered yet: approval, account security, accessibility and legal duties.",
					"Styring og sikkerhet er ikke besvart ennå: godkjenning, kontosikkerhet, tilgjengelighet og juridiske plikter.",
					"Styring og tryggleik er ikkje svart på enno: godkjenning, kontotryggleik, tilgjenge og juridiske plikter."),
				suggest: trn("Add it to your strategy, starting with two-factor login and two admins on every account.",
					"Legg det til i strategien, og begynn med tofaktorinnlogging og to administratorer på hver konto.",
					"Legg det til i strategien, og byrj med tofaktorinnlogging og to administratorar på kvar konto.")},
			section{path: "reporting", first: "reporting.cadence", rank: "reporting", tip: true,
				open: unanswered("reporting.cadence", "reporting.owner", "reporting.to"),
				what: trn("Reporting is not answered yet: who reports the figures, how often and to whom.",
					"Rapportering er ikke besvart ennå: hvem som rapporterer tallene, hvor ofte og til hvem.",
					"Rapportering er ikkje svart på enno: kven som rapporterer tala, kor ofte og til kven."),
				suggest: trn("Add it to your strategy, e.g. %s.", "Legg det til i strategien, for eksempel %s.",
					"Legg det til i strategien, til dømes %s.", quote(trn("monthly, by whoever runs the channels, to %s",
						"månedlig, av den som driver kanalene, til %s", "kvar månad, av den som driv kanalane, til %s", kindOf(p).Lead)))},
		)
	}
	if !p.Active() {
		out = append(out, section{path: "voice.private_use", first: "voice.private_use", rank: "no-presence-instead", tip: true,
			open: unanswered("voice.private_use"),
			what: trn("The rules for your people's own accounts are not answered yet, and they talk about you online even when you are not there.",
				"Reglene for privat bruk er ikke besvart ennå, og folk hos dere snakker om dere på nettet selv om dere ikke er der.",
				"Reglane for privat bruk er ikkje svart på enno, og folk hos dykk snakkar om dykk på nettet sjølv om de ikkje er der."),
			suggest: trn("Add them to your strategy, e.g. say it is your own opinion, never share what is confidential.",
				"Legg dem til i strategien, for eksempel: si at det er din egen mening, del aldri det som er taushetsbelagt.",
				"Legg dei til i strategien, til dømes: sei at det er di eiga meining, del aldri det som er teiepliktig.")})
	}
	out = append(out, section{path: "document", first: "document.date", rank: "document-control", tip: true,
		open: unanswered("document.date", "document.version", "document.authors", "document.approved_by", "document.valid_until"),
		what: trn("Document details are not answered yet: the date, who wrote and approved it, and until when it holds.",
			"Dokumentdetaljer er ikke besvart ennå: datoen, hvem som skrev og godkjente det, og hvor lenge det gjelder.",
			"Dokumentdetaljar er ikkje svart på enno: datoen, kven som skreiv og godkjende det, og kor lenge det gjeld."),
		suggest: trn("Add them to your strategy; a dated document with an owner is one people follow.",
			"Legg dem til i strategien; et datert dokument med en eier er et dokument folk følger.",
			"Legg dei til i strategien; eit datert dokument med ein eigar er eit dokument folk følgjer.")})
	rv := section{path: "review", first: "review.cadence", rank: "review",
		open: unanswered("review.cadence", "review.owner"),
		what: trn("When and by whom the strategy is reviewed is not answered yet.",
			"Når og av hvem strategien skal evalueres, er ikke besvart ennå.",
			"Når og av kven strategien skal evaluerast, er ikkje svara på enno."),
		suggest: trn("Set a time, e.g. quarterly, and name the person who calls the review.",
			"Sett et tidspunkt, for eksempel hvert kvartal, og pek ut den som kaller inn til evaluering.",
			"Set eit tidspunkt, til dømes kvart kvartal, og peik ut den som kallar inn til evaluering.")}
	if !p.Active() {
		rv.rank = "no-presence-revisit"
		rv.what = trn("When and by whom the decision to stay off social media is looked at again is not answered yet.",
			"Når og av hvem beslutningen om å holde seg unna sosiale medier skal vurderes på nytt, er ikke besvart ennå.",
			"Når og av kven avgjerda om å halde seg unna sosiale medium skal vurderast på nytt, er ikkje svara på enno.")
		rv.suggest = trn(`Set a time, e.g. "every January", and name the person who looks again.`,
			"Sett et tidspunkt, for eksempel «hver januar», og pek ut den som vurderer saken på nytt.",
			"Set eit tidspunkt, til dømes «kvar januar», og peik ut den som vurderer saka på nytt.")
	}
	return append(out, rv)
}

// inSection reports whether a finding's path lies in one of the sections.
func inSection(path string, secs []string) bool {
	for _, s := range secs {
		if path == s || strings.HasPrefix(path, s+".") || strings.HasPrefix(path, s+"[") {
			return true
		}
	}
	return false
}

func checkUnanswered(p *Plan) []Finding {
	var out []Finding
	for _, s := range sections(p) {
		if s.open(p) {
			sev := Gap
			if s.tip {
				sev = Tip
			}
			if s.weak {
				sev = Weak
			}
			out = append(out, finding("unanswered", sev, s.first, s.what, s.suggest))
		}
	}
	return out
}

// unanswered is a section's open test from the catalogue: whether plan p
// leaves every answer at keys empty (a text blank, a list without a
// filled item). A key the catalogue does not know is a programming error.
func unanswered(keys ...string) func(p *Plan) bool {
	qs := make([]Question, len(keys))
	for i, k := range keys {
		q, ch, ok := QuestionFor(k)
		if !ok || ch >= 0 || q.Key != k {
			panic("strategy: no question " + k + " for a section's check")
		}
		qs[i] = q
	}
	return func(p *Plan) bool {
		for _, q := range qs {
			switch v := q.Field(p, 0).(type) {
			case *string:
				if !blank(*v) {
					return false
				}
			case *[]string:
				if anyFilled(*v) {
					return false
				}
			}
		}
		return true
	}
}
