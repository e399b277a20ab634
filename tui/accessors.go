package tui

import (
	"strings"

	"github.com/socialstrategy/socialstrategy/strategy"
)

// Length limits for what a person types or pastes: enough for any honest
// answer, and a pasted megabyte is cut rather than swallowed.
const (
	maxLine = 300
	maxText = 3000
)

// textAccessor binds a huh field to a plan field, cleaning what is typed:
// control characters never reach the plan or the file.
type textAccessor struct {
	p    *string
	line bool
}

func (a textAccessor) Get() string { return *a.p }

func (a textAccessor) Set(v string) {
	if a.line {
		*a.p = strategy.CleanLine(strategy.Truncate(v, maxLine))
		return
	}
	*a.p = strategy.Clean(strategy.Truncate(v, maxText))
}

// listAccessor binds a huh field to a list in the plan, written as items
// separated by commas (sep ",") or one per line (sep "\n").
type listAccessor struct {
	p   *[]string
	sep string
}

func (a listAccessor) Get() string {
	if a.sep == "\n" {
		return strings.Join(*a.p, a.sep)
	}
	return strings.Join(*a.p, a.sep+" ")
}

func (a listAccessor) Set(v string) {
	var items []string
	v = strategy.Truncate(v, maxText)
	for _, s := range strings.Split(v, a.sep) {
		if s = strategy.CleanLine(s); s != "" {
			items = append(items, strategy.Truncate(s, maxLine))
		}
	}
	*a.p = items
}

// sliceAccessor binds a multi-select to a list of ids in the plan.
type sliceAccessor struct{ p *[]string }

func (a sliceAccessor) Get() []string  { return *a.p }
func (a sliceAccessor) Set(v []string) { *a.p = v }
