package tui

import (
	"charm.land/huh/v2"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// audienceAccessor binds the audiences' names to a text field, one name a
// line. An audience whose name stays keeps what the answers file says
// about it (why, where, wants), so editing the names in the wizard loses
// nothing written by hand.
type audienceAccessor struct {
	p    *[]strategy.Audience
	list listAccessor // sep and alt as for any list; p is set per call
}

func (a audienceAccessor) Get() string {
	names := make([]string, len(*a.p))
	for i, au := range *a.p {
		names[i] = au.Name
	}
	l := a.list
	l.p = &names
	return l.Get()
}

func (a audienceAccessor) Set(v string) {
	var names []string
	l := a.list
	l.p = &names
	l.Set(v)
	old := *a.p
	out := make([]strategy.Audience, 0, len(names))
	for _, n := range names {
		au := strategy.Audience{Name: n}
		for i, o := range old {
			if o.Name == n {
				au = o
				old = append(old[:i:i], old[i+1:]...) // a name given twice takes the next one
				break
			}
		}
		out = append(out, au)
	}
	if len(out) == 0 {
		out = nil
	}
	*a.p = out
}

// audiences is lines for the list of audiences, by their names.
func (a *answers) audiences(key string, title, help t, p *[]strategy.Audience) *huh.Text {
	acc := a.textSpec(key, kindLines, title, help, maxText, audienceAccessor{p: p, list: listAccessor{sep: "\n"}})
	return trimReserve(huh.NewText().Key(key).Title(a.tr(title)).Description(a.specs[key].desc).Lines(3).
		CharLimit(maxText).ExternalEditor(false).Accessor(acc))
}
