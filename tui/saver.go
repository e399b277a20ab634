package tui

import "bytes"

// The answers file is written by one command at a time, in the order the
// saves were asked for, so an older save never lands last; the plan is
// encoded in Update, so a command never reads state the next page is
// changing. What waits for the writes — ending the program, writing the
// document — is one value, after, done by Model.settle when the last
// write is over.

// after is what happens once the writes under way are done. Requests
// combine with also: nothing replaces a finish once asked, and an end
// asked before or after a finish still ends the program when the
// document cannot be written.
type after uint8

const (
	afterNothing   after = iota // stay on the page
	afterQuit                   // end if the writes succeed; stay, showing the error, if one fails
	afterEnd                    // end whatever the writes' outcome (the host asked, or the person chose not to save)
	afterFinish                 // write the answers and the document, then end; stay if that fails
	afterFinishEnd              // write the answers and the document, then end whatever the outcome
)

// also is a combined with b, whichever came first.
func (a after) also(b after) after {
	if a < b {
		a, b = b, a
	}
	// a is now the later in the list above.
	switch {
	case a == afterFinish && b == afterEnd:
		return afterFinishEnd
	default:
		return a
	}
}

// String names a for test messages.
func (a after) String() string {
	return [...]string{"nothing", "quit", "end", "finish", "finish+end"}[a]
}

// saver is the save pipeline of a wizard: what was last written, the
// write under way and the one queued behind it, and what waits for them.
// Model embeds it; its methods change only this state and say what the
// model must do next, so the rules are tested without a program.
type saver struct {
	lastSaved []byte // the answers as last saved (or loaded), to tell whether any are unsaved
	saved     bool   // the answers file has been written at least once
	saveErr   error  // the last write's error; nil after one that succeeded
	writing   bool   // a write is under way...
	inflight  []byte // ...of these answers
	pending   []byte // the answers to write next; nil when none wait
	then      after  // what happens once the writes are done
}

// latest is the newest answers written, being written or about to be.
func (s *saver) latest() []byte {
	switch {
	case s.pending != nil:
		return s.pending
	case s.writing:
		return s.inflight
	}
	return s.lastSaved
}

// queue takes answers to save and reports whether the model must write
// them now; otherwise they are written already, being written, or queued
// behind the write under way (the newest replacing older queued ones).
func (s *saver) queue(data []byte) (start bool) {
	switch {
	case s.saved && s.saveErr == nil && bytes.Equal(data, s.latest()):
		return false
	case s.writing:
		s.pending = data
		return false
	}
	s.begin(data)
	return true
}

// begin records that data is being written.
func (s *saver) begin(data []byte) { s.writing, s.inflight = true, data }

// next takes the answers queued behind a write that ended: the model
// writes them when it gets some.
func (s *saver) next() []byte {
	data := s.pending
	s.pending = nil
	if data != nil {
		s.begin(data)
	}
	return data
}

// wrote takes the result of a write of the answers, data, and returns
// the answers to write next, nil when none wait.
func (s *saver) wrote(data []byte, err error) []byte {
	s.writing, s.saveErr = false, err
	if err == nil {
		s.saved, s.lastSaved = true, data
	}
	return s.next()
}

// wroteDocument takes the result of finishing, the answers data written
// with the document, and returns the answers to write next. Once the
// document is written the program ends, after those; when it failed,
// what was asked besides the finish is done.
func (s *saver) wroteDocument(data []byte, err error) []byte {
	s.writing = false
	switch {
	case err == nil:
		s.saveErr, s.saved, s.lastSaved, s.then = nil, true, data, afterEnd
	case s.then == afterFinishEnd:
		s.saveErr, s.then = err, afterEnd
	default:
		s.saveErr, s.then = err, afterNothing
	}
	return s.next()
}

// step is what the model does when the writes may be over.
type step uint8

const (
	stepWait   step = iota // a write is under way, or nothing waits for them
	stepFinish             // write the document now
	stepEnd                // end the program
	stepStay               // the save asked for before quitting failed: stay, with the error on screen
)

// settle says what to do now; when a quit's save failed, the quit is
// forgotten.
func (s *saver) settle() step {
	switch {
	case s.writing:
		return stepWait
	case s.then == afterFinish || s.then == afterFinishEnd:
		return stepFinish
	case s.then == afterEnd, s.then == afterQuit && s.saveErr == nil:
		return stepEnd
	case s.then == afterQuit:
		s.then = afterNothing
		return stepStay
	}
	return stepWait
}
