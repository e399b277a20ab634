package strategy

import (
	"fmt"
	"strings"
	"time"
)

// channelTypo returns the known channel id a custom id is one edit away
// from ("facebok" → facebook, "instagarm" → instagram, "twiter" →
// twitter): a letter added, dropped, changed or two letters swapped. Ids of
// fewer than four letters are never taken for typos; "x" is too short to
// tell.
func channelTypo(id string) (string, bool) {
	low := strings.ToLower(strings.TrimSpace(id))
	if low == "" || IsKnownChannel(low) {
		return "", false
	}
	known := make([]string, 0, len(Channels)+len(channelAliases))
	for _, c := range Channels {
		known = append(known, c.ID)
	}
	for a := range channelAliases {
		known = append(known, a)
	}
	best := ""
	for _, k := range known {
		if len(k) >= 4 && editsApart(low, k) == 1 && (best == "" || k < best) {
			best = k
		}
	}
	return best, best != ""
}

// editsApart is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours each count as one edit.
func editsApart(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 2 || d < -2 {
		return 3
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// channelTypos lists every channel id in the plan, and in its incident
// channels, that looks like a misspelt known one, as warnings with paths.
func channelTypos(p *Plan) Errors {
	var out Errors
	warn := func(path, id, k string) {
		out = append(out, newFieldError("", 0, 0, path,
			"%q is not a channel socialstrategy knows, so it is taken as a channel of your own; did you mean %q?", id, k))
	}
	for i, c := range p.Channels {
		if k, ok := channelTypo(c.ID); ok {
			warn(fmt.Sprintf("channels[%d].id", i), c.ID, k)
		}
	}
	for i, id := range p.Responses.Incident.Channels {
		if k, ok := channelTypo(id); ok {
			warn(fmt.Sprintf("responses.incident.channels[%d]", i), id, k)
		}
	}
	return out
}

func checkChannelTypos(p *Plan) []Finding {
	var out []Finding
	ask := func(path, id, k string) {
		name := same(ChannelName(k))
		out = append(out, finding("channel-id-typo", Weak, path,
			trn("The channel %s is not one the adviser knows, so it is planned as a channel of your own; did you mean %s?",
				"Kanalen %s er ikke en rådgiveren kjenner, så den planlegges som en egen kanal; mente dere %s?",
				"Kanalen %s er ikkje ein rådgivaren kjenner, så han blir planlagd som ein eigen kanal; meinte de %s?", quoted(id), name),
			trn("Write %s if you meant it; then the purposes, measures and document read it right.",
				"Skriv %s hvis det var den dere mente; da blir formål, måltall og dokumentet riktige.",
				"Skriv %s dersom det var den de meinte; då blir føremål, måltal og dokumentet rette.", quoted(k))))
	}
	if p.Active() {
		for _, c := range p.Channels {
			if k, ok := channelTypo(c.ID); ok {
				ask("channels", c.ID, k)
			}
		}
	}
	for _, id := range p.Responses.Incident.Channels {
		if k, ok := channelTypo(id); ok && p.Active() {
			ask("responses.incident.channels", id, k)
		}
	}
	return out
}

// refDate is the day the plan is read against: the plan's own date
// (document.date), else today.
func (rv *review) refDate() (time.Time, Text) {
	if d, ok := documentDate(rv.p.Document.Date); ok {
		ds := d.Format(time.DateOnly)
		return d, trn("the plan's date (%s)", "planens dato (%s)", "datoen til planen (%s)", same(ds))
	}
	d := day0(rv.today)
	return d, trn("today (%s)", "i dag (%s)", "i dag (%s)", same(d.Format(time.DateOnly)))
}

func checkGoalDeadlinePassed(rv *review) []Finding {
	p := rv.p
	if !p.Active() {
		return nil
	}
	ref, refName := rv.refDate()
	var out []Finding
	for i, c := range p.Channels {
		if blank(c.Goal) {
			continue
		}
		g := rv.goal(c.Goal)
		if g.onlyStart || len(g.deadlines) == 0 {
			continue
		}
		last := g.deadlines[len(g.deadlines)-1]
		for _, d := range g.deadlines {
			if d.Last.After(last.Last) {
				last = d
			}
		}
		if !last.Last.Before(ref) {
			continue
		}
		name := channelName(c, i)
		out = append(out, finding("goal-deadline-passed", Weak, fmt.Sprintf("channels[%d].goal", i),
			trn("The %s goal %s fell due on %s, before %s, so it no longer says what to aim for.",
				"Målet for %s, %s, hadde frist %s, før %s, så det sier ikke lenger hva dere skal strekke dere mot.",
				"Målet for %s, %s, hadde frist %s, før %s, så det seier ikkje lenger kva de skal strekkje dykk mot.",
				name, quoted(c.Goal), same(last.Last.Format("2006-01-02")), refName),
			trn("Write down what was reached as the starting point, and set a new target with a date ahead.",
				"Skriv ned hva dere nådde, som utgangspunkt, og sett et nytt mål med en frist fram i tid.",
				"Skriv ned kva de nådde, som utgangspunkt, og set eit nytt mål med ein frist fram i tid.")))
	}
	return out
}

func checkAudienceNamed(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	const id = "audience-named"
	var out []Finding
	if !anyFilled(p.AudienceNames()) {
		out = append(out, finding(id, Gap, "organisation.audiences",
			trn("The plan does not say whom you want to reach, so every choice of channel and tone is a guess.",
				"Planen sier ikke hvem dere vil nå, så hvert valg av kanal og tone blir en gjetning.",
				"Planen seier ikkje kven de vil nå, så kvart val av kanal og tone blir ei gjetting."),
			trn(`Name two or three groups and why they matter, e.g. "Families living nearby".`,
				"Skriv to eller tre grupper og hvorfor de betyr noe, for eksempel «Barnefamilier i nabolaget».",
				"Skriv to eller tre grupper og kvifor dei betyr noko, til dømes «Barnefamiliar i nabolaget».")))
	}
	var names []Text
	first := -1
	for i, c := range p.Channels {
		if !hasAudience(p, c) {
			names = append(names, channelName(c, i))
			if first < 0 {
				first = i
			}
		}
	}
	switch {
	case len(names) == 1:
		out = append(out, finding(id, Weak, fmt.Sprintf("channels[%d].audience", first),
			trn("%s has no audience of its own, so nothing says whom its posts are for.",
				"%s har ingen egen målgruppe, så ingenting sier hvem innleggene er for.",
				"%s har inga eiga målgruppe, så ingenting seier kven innlegga er for.", names[0]),
			trn("Say which of your audiences you meet on %s.", "Skriv hvilken av målgruppene dere møter på %s.",
				"Skriv kva for ei av målgruppene de møter på %s.", names[0])))
	case len(names) > 1:
		// One finding for all of them: the same answer is missing.
		out = append(out, finding(id, Weak, fmt.Sprintf("channels[%d].audience", first),
			trn("%s have no audience of their own, so nothing says whom their posts are for.",
				"%s har ingen egen målgruppe, så ingenting sier hvem innleggene er for.",
				"%s har inga eiga målgruppe, så ingenting seier kven innlegga er for.", list(names)),
			trn("Say for each channel which of your audiences you meet there.",
				"Skriv for hver kanal hvilken av målgruppene dere møter der.",
				"Skriv for kvar kanal kva for ei av målgruppene de møter der.")))
	}
	return out
}

func checkCadence(p *Plan) []Finding {
	if !p.Active() {
		return nil
	}
	const id = "cadence"
	var out []Finding
	for i, c := range p.Channels {
		name, path := channelName(c, i), fmt.Sprintf("channels[%d].cadence", i)
		switch {
		case blank(c.Cadence):
			out = append(out, finding(id, Gap, path,
				trn("%s has no posting rhythm, so it will be posted on when someone remembers.",
					"%s har ingen publiseringsrytme, så det blir publisert når noen kommer på det.",
					"%s har ingen publiseringsrytme, så det blir publisert når nokon kjem på det.", name),
				trn(`Promise a rhythm you can keep, e.g. "2 posts a week".`, "Lov en rytme dere klarer å holde, for eksempel «2 innlegg i uka».",
					"Lov ein rytme de klarer å halde, til dømes «2 innlegg i veka».")))
		case !readRate(c.Cadence):
			out = append(out, finding(id, Weak, path,
				trn("How often you post on %s, %s, is not a rhythm anyone can plan by.",
					"Hvor ofte dere publiserer på %s, %s, er ikke en rytme noen kan planlegge etter.",
					"Kor ofte de publiserer på %s, %s, er ikkje ein rytme nokon kan planleggje etter.", name, quoted(c.Cadence)),
				trn(`Say how many posts in what time, e.g. "2 posts a week"; quality can still come first.`,
					"Skriv hvor mange innlegg på hvor lang tid, for eksempel «2 innlegg i uka»; kvaliteten kan fortsatt komme først.",
					"Skriv kor mange innlegg på kor lang tid, til dømes «2 innlegg i veka»; kvaliteten kan framleis kome først.")))
		}
	}
	return out
}

func checkPraiseResponse(p *Plan) []Finding {
	if !p.Active() || !blank(p.Responses.Praise.Approach) {
		return nil
	}
	return []Finding{finding("praise-response", Tip, "responses.praise.approach",
		trn("The plan does not say how you answer praise, and praise left unanswered is goodwill thrown away.",
			"Planen sier ikke hvordan dere svarer på ros, og ros som ikke blir besvart, er velvilje som går tapt.",
			"Planen seier ikkje korleis de svarar på ros, og ros som ikkje får svar, er velvilje som går tapt."),
		trn(`Write one line, e.g. "Thank within a day; share the best with permission".`,
			"Skriv én linje, for eksempel «Takk innen et døgn; del de beste med tillatelse».",
			"Skriv éi linje, til dømes «Takk innan eit døgn; del dei beste med løyve»."))}
}

func checkListeningFrequency(p *Plan) []Finding {
	if !p.Active() || !anyFilled(p.Listening.Terms) {
		return nil
	}
	const id, path = "listening-frequency", "listening.frequency"
	f := p.Listening.Frequency
	switch {
	case blank(f):
		return []Finding{finding(id, Weak, path,
			trn("The plan lists what to listen for but not how often, so it happens when someone remembers.",
				"Planen sier hva dere lytter etter, men ikke hvor ofte, så det skjer når noen kommer på det.",
				"Planen seier kva de lyttar etter, men ikkje kor ofte, så det skjer når nokon kjem på det."),
			trn(`Say how often, e.g. "daily" or "every weekday morning".`, "Skriv hvor ofte, for eksempel «daglig» eller «hver hverdagsmorgen».",
				"Skriv kor ofte, til dømes «dagleg» eller «kvar kvardagsmorgon»."))}
	case !readRate(f):
		return []Finding{finding(id, Weak, path,
			trn("How often you listen, %s, is not a rhythm anyone can keep.",
				"Hvor ofte dere lytter, %s, er ikke en rytme noen kan holde.",
				"Kor ofte de lyttar, %s, er ikkje ein rytme nokon kan halde.", quoted(f)),
			trn(`Say how often, e.g. "daily" or "every weekday morning".`, "Skriv hvor ofte, for eksempel «daglig» eller «hver hverdagsmorgen».",
				"Skriv kor ofte, til dømes «dagleg» eller «kvar kvardagsmorgon»."))}
	}
	return nil
}

// elsewhereHandled are words that say another unit or plan handles
// incidents: a municipality's crisis team, a group's head office.
var elsewhereHandled = []string{"handled by", "handles", "led by", "according to", "as set out in",
	"crisis team", "crisis management", "emergency management", "emergency plan", "crisis plan", "contingency plan",
	"head office", "parent company", "group communications", "the municipality s", "the council s", "the county s",
	"håndteres av", "handterast av", "handteres av", "ledes av", "leiast av", "i henhold til",
	"kriseteam*", "kriseledelse*", "kriseleiing*", "beredskap*", "kriseplan*", "hovedkontor*", "hovudkontor*",
	"konsern*", "kommunens", "kommunen sin", "fylkeskommunens", "morselskap*"}

// incidentElsewhere reports whether the plan says incidents are handled
// by another team or plan, and names it.
func incidentElsewhere(p *Plan) (string, bool) {
	lead := p.Responses.Incident.Lead
	if blank(lead) || !mentions(lead, elsewhereHandled...) {
		return "", false
	}
	return lead, true
}

// Lint returns the warnings of an answers file (see Plan.Warnings), each
// placed at its file, line and column. A file that does not decode has
// none: its errors come first.
func Lint(name string, data []byte) Errors {
	p, pos, errs := decode(name, data)
	if p == nil || errs != nil {
		return nil
	}
	ws := p.Warnings()
	for _, w := range ws {
		w.File = name
		w.Line, w.Col = pos.near(w.Path)
	}
	return ws
}

// hasAudience reports whether the document names an audience for the
// channel: its own audience answer, or an audience whose where lists it
// (the document prints those names as the channel's audience).
func hasAudience(p *Plan, c Channel) bool {
	if !blank(c.Audience) {
		return true
	}
	for _, a := range p.Organisation.Audiences {
		if !blank(a.Name) && listsChannel(a.Where, c.ID) {
			return true
		}
	}
	return false
}
