package tui

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"charm.land/huh/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// The optional sections (strategy.Sections) are offered on the review as
// "add to your strategy". Each opens a page of its own, pageSection, whose
// fields are built from the catalogue: one field per question on the
// section's page, its kind of field from the question's Kind. The page
// is reached from the review only and always returns there.
//
// A section page offers its kind's defaults (strategy.Plan.Suggested)
// pre-filled in the empty answers. They are offered, not given: the page
// binds its fields to a draft, and a suggestion reaches the plan only when
// the person passes the page with enter. Leaving it any other way (esc, a
// quit, the end of a session) keeps what the person typed and changed and
// leaves the untouched suggestions out, so nothing typed is lost and
// nothing the person did not accept is written.

// sectionText are the phrases of the optional sections.
var sectionText = struct {
	Add, Offer, YesNo, UsedDeclined t
}{
	Add: t{En: "Add to your strategy", Nb: "Legg til i strategien", Nn: "Legg til i strategien"},
	Offer: t{
		En: "Add it to your strategy? [y/N]",
		Nb: "Legge det til i strategien? [j/N]",
		Nn: "Leggje det til i strategien? [j/N]",
	},
	YesNo: t{En: "answer y or n", Nb: "svar j eller n", Nn: "svar j eller n"},
	UsedDeclined: t{
		En: "%s is one of your channels; take it out here, or untick it on the channels page",
		Nb: "%s er en av kanalene deres; ta den ut her, eller fjern krysset på siden for kanaler",
		Nn: "%s er ein av kanalane dykkar; ta han ut her, eller fjern krossen på sida for kanalar",
	},
}

// sectionPage returns the wizard's page for the optional section on the
// catalogue's page pg.
func sectionPage(pg strategy.Page) (page, bool) {
	i := slices.IndexFunc(strategy.Sections, func(s strategy.Section) bool { return s.Page == pg })
	return page{kind: pageSection, ch: i}, i >= 0
}

// section is the optional section of a section page: for pageSection, ch
// is the section's index in strategy.Sections.
func (pg page) section() strategy.Section { return strategy.Sections[pg.ch] }

// sectionDraft is what a section page holds while it is open: each
// answer as it stands on the page, and the suggestions it offered.
type sectionDraft struct {
	pg page
	// vals holds each question's answer on the page, by key: a *string,
	// *[]string or *[]strategy.Declined, as the question's Field.
	vals map[string]any
	// offered holds the suggestion pre-filled in an empty answer, by key:
	// a string or a []string.
	offered map[string]any
}

// sectionFields builds the fields of a section page from the catalogue.
// A page rebuilt while it is open (a new size, an editor's text) keeps its
// draft; one opened afresh starts a new one from the plan.
func (a *answers) sectionFields(pg page) (title, desc string, fields []huh.Field) {
	s, p := pg.section(), a.plan
	if a.sec == nil || a.sec.pg != pg {
		a.sec = a.newDraft(pg)
	}
	for _, it := range s.Items(p) {
		key, ch := it.Path(), -1
		if it.PerChannel() {
			ch = it.Ch
		}
		title, help := a.channelNamed(it.Title, ch), a.channelNamed(it.HelpIn(p), ch)
		switch v := a.sec.vals[key].(type) {
		case *string:
			if it.Kind == strategy.Para {
				fields = append(fields, a.text(key, title, help, v))
			} else {
				fields = append(fields, a.input(key, title, help, v))
			}
		case *[]string:
			if it.Kind == strategy.List {
				fields = append(fields, a.list(key, title, help, v))
			} else {
				fields = append(fields, a.lines(key, title, help, v))
			}
		case *[]strategy.Declined:
			fields = append(fields, a.declined(key, title, help, v))
		default:
			panic(fmt.Sprintf("tui: the section %s cannot ask %s, whose answer is a %T", s.Page, key, v))
		}
	}
	return s.Title(p).In(a.lang()), s.Description(p).In(a.lang()), fields
}

// newDraft copies the section's answers from the plan, and offers the
// kind's suggestions in those that are empty, unless the person passed
// the page before with the suggestion cleared.
func (a *answers) newDraft(pg page) *sectionDraft {
	d := &sectionDraft{pg: pg, vals: map[string]any{}, offered: map[string]any{}}
	p := a.plan
	now := time.Now
	if a.now != nil {
		now = a.now
	}
	for _, it := range pg.section().Items(p) {
		key := it.Path()
		var offer []string
		if !it.PerChannel() && !it.Answered(p) && !a.cleared[key] {
			offer = p.Suggested(it.Key, now())
		}
		switch v := it.Field(p).(type) {
		case *string:
			x := *v
			if len(offer) > 0 {
				x = offer[0]
				d.offered[key] = x
			}
			d.vals[key] = &x
		case *[]string:
			x := slices.Clone(*v)
			if len(offer) > 0 {
				x = slices.Clone(offer)
				d.offered[key] = slices.Clone(offer)
			}
			d.vals[key] = &x
		case *[]strategy.Declined:
			x := slices.Clone(*v)
			d.vals[key] = &x
		}
	}
	return d
}

// applySection writes the open section page's answers into the plan. With
// passed (the person went on with enter) every answer is written, the
// suggestions kept included; otherwise a suggestion left as offered is
// not, and its answer stays empty.
func (a *answers) applySection(passed bool) {
	d := a.sec
	if d == nil {
		return
	}
	p := a.plan
	for _, it := range d.pg.section().Items(p) {
		key := it.Path()
		v, ok := d.vals[key]
		if !ok {
			continue
		}
		off, offered := d.offered[key]
		untouched := offered && sameAnswer(v, off)
		switch dst := it.Field(p).(type) {
		case *string:
			*dst = *v.(*string)
			if untouched && !passed {
				*dst = ""
			}
		case *[]string:
			*dst = slices.Clone(*v.(*[]string))
			if untouched && !passed {
				*dst = nil
			}
		case *[]strategy.Declined:
			*dst = slices.Clone(*v.(*[]strategy.Declined))
		}
		if passed && offered && !it.Answered(p) {
			a.cleared[key] = true // cleared by the person: not offered again
		}
	}
	if passed {
		clear(d.offered) // taken: what the page holds now is the person's
	}
}

// sameAnswer reports whether a draft answer is the suggestion offered.
func sameAnswer(v, offered any) bool {
	switch v := v.(type) {
	case *string:
		o, ok := offered.(string)
		return ok && *v == o
	case *[]string:
		o, ok := offered.([]string)
		return ok && slices.Equal(*v, o)
	}
	return false
}

// declinedAccessor binds the channels chosen not to use to a text field,
// one a line: the channel's name, a colon and the reason. A channel keeps
// the id it had when its name stays.
type declinedAccessor struct {
	p    *[]strategy.Declined
	lang string
}

func (d declinedAccessor) line(x strategy.Declined) string {
	s := strategy.ChannelNameIn(x.ID, d.lang)
	if x.Reason != "" {
		s += ": " + x.Reason
	}
	return s
}

func (d declinedAccessor) Get() string {
	lines := make([]string, len(*d.p))
	for i, x := range *d.p {
		lines[i] = d.line(x)
	}
	return strings.Join(lines, "\n")
}

func (d declinedAccessor) Set(v string) {
	var items []string
	listAccessor{p: &items, sep: "\n"}.Set(v)
	old := *d.p
	var out []strategy.Declined
	for _, it := range items {
		name, reason, _ := strings.Cut(it, ":")
		x := strategy.Declined{ID: channelID(strings.TrimSpace(name)), Reason: strings.TrimSpace(reason)}
		for _, o := range old {
			if strings.EqualFold(strategy.ChannelNameIn(o.ID, d.lang), strings.TrimSpace(name)) {
				x.ID = o.ID
				break
			}
		}
		out = append(out, x)
	}
	*d.p = out
}

// channelID is the id of a channel named in any language ("Blogg" is
// blog), or the name as written for a channel the product does not know.
func channelID(name string) string {
	for _, c := range strategy.Channels {
		for _, lang := range strategy.Languages {
			if strings.EqualFold(name, strategy.ChannelNameIn(c.ID, lang)) {
				return c.ID
			}
		}
	}
	return strategy.NormaliseChannelID(name)
}

// declined is lines for the channels chosen not to use. A channel that is
// also one of the plan's channels is refused: the answers file may hold
// a channel used or declined, not both.
func (a *answers) declined(key string, title, help t, p *[]strategy.Declined) *huh.Text {
	acc := a.textSpec(key, kindLines, title, help, maxText, declinedAccessor{p: p, lang: a.lang()})
	check := func(string) error {
		for _, x := range *p {
			if a.plan.Channel(x.ID) != nil {
				return fmt.Errorf(a.tr(sectionText.UsedDeclined), strategy.ChannelNameIn(x.ID, a.lang()))
			}
		}
		return nil
	}
	a.specs[key].validate = check
	return trimReserve(huh.NewText().Key(key).Title(a.tr(title)).Description(a.specs[key].desc).Lines(3).
		CharLimit(maxText).ExternalEditor(false).Accessor(acc).Validate(check))
}

// offerSections asks, in plain prompts, whether to add each optional
// section not yet answered, and asks the questions of each one taken,
// saving after each. Input that ends here ends the offers: the quick path
// is done, and what is not added stays open.
func (a *answers) offerSections(lr *lineReader, out io.Writer, save func() error) error {
	p := a.plan
	for i, s := range strategy.Sections {
		if len(s.Items(p)) == 0 || s.Answered(p) {
			continue
		}
		fmt.Fprintf(out, "\n%s: %s.\n%s ", s.Title(p).In(a.lang()), s.Description(p).In(a.lang()), a.tr(sectionText.Offer))
		yes, err := a.yes(lr, out)
		if errors.Is(err, ErrInputEnded) {
			return nil
		}
		if err != nil {
			return err
		}
		if !yes {
			continue
		}
		pg := page{kind: pageSection, ch: i}
		title, desc, fields := a.fields(pg)
		fmt.Fprintf(out, "\n%s\n%s\n", title, desc)
		for _, f := range fields {
			// An empty line keeps what the brackets show: a suggestion
			// kept that way is an answer given.
			key := f.GetKey()
			err := a.ask(a.spec(key), lr, out)
			if err == nil {
				delete(a.sec.offered, key)
				continue
			}
			a.applySection(false) // what was answered stays
			a.sec = nil
			if serr := save(); serr != nil {
				return serr
			}
			return err
		}
		a.applySection(true)
		a.sec = nil
		if err := save(); err != nil {
			return err
		}
	}
	return nil
}

// yes reads a yes or no: y, yes, j, ja; an empty line, n, no, nei.
func (a *answers) yes(lr *lineReader, out io.Writer) (bool, error) {
	for {
		line, err := lr.line()
		if errors.Is(err, io.EOF) {
			return false, ErrInputEnded
		}
		if err != nil && !errors.Is(err, errNotUTF8) && !errors.Is(err, errLineTooLong) {
			return false, err
		}
		if err == nil {
			switch strings.ToLower(strings.TrimSpace(line)) {
			case "y", "yes", "j", "ja":
				return true, nil
			case "", "n", "no", "nei":
				return false, nil
			}
		}
		why := a.tr(sectionText.YesNo)
		if !lr.interactive {
			return false, &RefusedError{Line: lr.n, Question: a.tr(sectionText.Offer), Reason: why, lang: a.lang()}
		}
		fmt.Fprintf(out, "%s\n%s ", why, a.tr(text.TryAgain))
	}
}
