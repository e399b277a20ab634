package strategy

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// FieldError is one problem with an answers file, placed at the file, line,
// column and field path where it was found.
type FieldError struct {
	File string
	Line int // 1-based; 0 when unknown
	Col  int // 1-based; 0 when unknown
	Path string
	Msg  string
	// Missing marks a required answer not given yet, which a draft may lack.
	Missing bool
	// Lang is the language the file names (its language: key), empty when
	// it names none; In prefers it to the language it is asked for.
	Lang string

	// src is Msg's English format and arguments, for In to translate;
	// nil when Msg is all there is. Equality of errors ignores it.
	src *fieldMsg

	hidden int // for the last error of a capped list: the problems not shown
}

func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString(cmp.Or(e.File, "<input>"))
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one answers file, in file order.
type Errors []*FieldError

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// sorted returns the errors in file order, with repeats removed.
func (es Errors) sorted() Errors {
	slices.SortStableFunc(es, func(a, b *FieldError) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return slices.CompactFunc(es, func(a, b *FieldError) bool {
		x, y := *a, *b
		x.src, y.src = nil, nil
		return x == y
	})
}

// maxErrors is the most problems reported for one file. A real plan has a
// handful; a hostile megabyte can make a million, which nobody reads and
// which would take far more memory than the file.
const maxErrors = 100

// capped returns at most maxErrors errors, the last of them saying how
// many more were found.
func (es Errors) capped() Errors {
	if len(es) <= maxErrors {
		return es
	}
	n := len(es) - maxErrors + 1
	more := newFieldError(es[0].File, 0, 0, "", "%d more problems not shown; fix the ones above first", n)
	more.hidden, more.Lang = n, es[0].Lang
	return append(es[:maxErrors-1:maxErrors-1], more)
}

// Count returns the number of problems found, including those not shown
// when there were too many to list.
func (es Errors) Count() int {
	n := 0
	for _, e := range es {
		n += max(1, e.hidden)
	}
	return n
}
