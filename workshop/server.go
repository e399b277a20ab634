package workshop

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"github.com/charmbracelet/colorprofile"
	gossh "golang.org/x/crypto/ssh"

	"github.com/socialstrategy/socialstrategy/strategy"
	"github.com/socialstrategy/socialstrategy/tui"
)

// Defaults for Config's limits.
const (
	DefaultMaxSessions      = 250
	DefaultIdleTimeout      = 30 * time.Minute
	DefaultHandshakeTimeout = 15 * time.Second
	// DefaultFPS is the frame rate of a served wizard: half of Bubble
	// Tea's, which is plenty for forms and halves the cost of redraws.
	DefaultFPS = 30
	// MaxTimeout ends any connection after a full day of workshop.
	MaxTimeout = 12 * time.Hour
	// DefaultKeepAlive is how often a participant's client is asked
	// whether it is still there; see Config.KeepAlive.
	DefaultKeepAlive = 15 * time.Second
	// keepAliveMisses is how many intervals a client may leave a
	// keep-alive unanswered before its connection is closed.
	keepAliveMisses = 3
)

// connSlack is how many connections above MaxSessions may be open at once,
// still authenticating or about to be told the workshop is full; beyond
// that, connections are closed before the handshake.
const connSlack = 16

// quitGrace is how long a session whose client has gone may take to save
// before its program is killed.
const quitGrace = 3 * time.Second

// Config configures a workshop server.
type Config struct {
	// Store is the data folder. The server does not close it.
	Store *Store
	// Code, when set, is the workshop code every participant gives, by
	// password or keyboard-interactive authentication.
	Code string
	// AuthorizedKeys, when set, is an authorized_keys file listing the keys
	// allowed in. It is read at every login, so keys can be added while the
	// server runs. The first key to use a name owns it from then on.
	AuthorizedKeys string
	// MaxSessions caps the sessions open at once; DefaultMaxSessions if zero.
	MaxSessions int
	// IdleTimeout ends a wizard after this long without input, saving its
	// answers; DefaultIdleTimeout if zero.
	IdleTimeout time.Duration
	// HandshakeTimeout closes connections that do not finish the SSH
	// handshake and login in time; DefaultHandshakeTimeout if zero.
	HandshakeTimeout time.Duration
	// KeepAlive is how often an interview's client is asked whether it is
	// still there; DefaultKeepAlive if zero. A laptop that sleeps or
	// leaves the network answers nothing, and after three intervals its
	// session is saved and closed, so the participant can connect again
	// rather than be told they are connected already.
	KeepAlive time.Duration
	// FPS is the wizards' frame rate; DefaultFPS if zero.
	FPS int
	// SessionMemory, when set, makes the server keep the Go heap near this
	// much per live session (plus a base) with a soft memory limit, so the
	// runtime collects garbage sooner instead of letting the heap double.
	SessionMemory int64
	// Theme is the forms' theme; huh's Charm theme if nil.
	Theme huh.Theme
	// Log receives one line per session and every problem; slog's default
	// logger if nil.
	Log *slog.Logger

	// wrap, in tests, wraps every wizard's model.
	wrap func(id string, m tea.Model) tea.Model
}

// Server serves the wizard over SSH, one per session.
type Server struct {
	cfg   Config
	store *Store
	ssh   *ssh.Server
	log   *slog.Logger
	key   gossh.PublicKey

	conns    atomic.Int64
	sessions sync.WaitGroup

	mu      sync.Mutex
	claimMu sync.Mutex // serialises reading and writing participants' records
	active  int
	live    map[string]*liveSession
	closing bool
}

// liveSession is a wizard running for a participant.
type liveSession struct {
	since   time.Time
	remote  string
	program *tea.Program
}

// New returns a server for the data folder in cfg.Store. The host key is
// generated into the data folder the first time.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("workshop: no data folder")
	}
	if cfg.Code != "" && cfg.AuthorizedKeys != "" {
		return nil, errors.New("use either a workshop code or authorized keys, not both")
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.HandshakeTimeout <= 0 {
		cfg.HandshakeTimeout = DefaultHandshakeTimeout
	}
	if cfg.FPS <= 0 {
		cfg.FPS = DefaultFPS
	}
	if cfg.KeepAlive <= 0 {
		cfg.KeepAlive = DefaultKeepAlive
	}
	cfg.Theme = tui.SharedTheme(cfg.Theme) // built once, not per session
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	s := &Server{cfg: cfg, store: cfg.Store, log: cfg.Log, live: map[string]*liveSession{}}

	pemKey, created, err := cfg.Store.HostKey()
	if err != nil {
		return nil, err
	}
	signer, err := gossh.ParsePrivateKey(pemKey)
	if err != nil {
		return nil, fmt.Errorf("the host key in %s cannot be read: %w; move it away to make a new one", cfg.Store.Dir(), err)
	}
	s.key = signer.PublicKey()
	if created {
		s.log.Info("generated a host key", "file", hostKeyFile, "fingerprint", s.HostKeyFingerprint())
	}

	opts := []ssh.Option{
		wish.WithHostKeyPEM(pemKey),
		wish.WithMiddleware(func(ssh.Handler) ssh.Handler { return s.handle }),
		wish.WithMaxTimeout(MaxTimeout),
	}
	switch {
	case cfg.Code != "":
		opts = append(opts,
			wish.WithPasswordAuth(func(_ ssh.Context, password string) bool { return s.codeOK(password) }),
			wish.WithKeyboardInteractiveAuth(func(_ ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
				answers, err := ask("", "", []string{"Workshop code: "}, []bool{false})
				return err == nil && len(answers) == 1 && s.codeOK(answers[0])
			}))
	case cfg.AuthorizedKeys != "":
		if _, err := authorizedKeys(cfg.AuthorizedKeys); err != nil {
			return nil, err
		}
		opts = append(opts, wish.WithPublicKeyAuth(func(_ ssh.Context, key ssh.PublicKey) bool {
			keys, err := authorizedKeys(cfg.AuthorizedKeys)
			if err != nil {
				s.log.Error("cannot read the authorized keys", "err", err)
				return false
			}
			for _, k := range keys {
				if ssh.KeysEqual(k, key) {
					return true
				}
			}
			return false
		}))
	}
	srv, err := wish.NewServer(opts...)
	if err != nil {
		return nil, err
	}
	srv.HandshakeTimeout = cfg.HandshakeTimeout
	// A backstop for clients that vanish without closing the connection:
	// the wizard's own idle timeout, counted on input, comes first.
	srv.IdleTimeout = cfg.IdleTimeout + time.Minute
	srv.ConnCallback = s.admit
	srv.ConnectionFailedCallback = func(conn net.Conn, err error) {
		s.log.Debug("connection failed", "remote", conn.RemoteAddr().String(), "err", err)
	}
	s.ssh = srv
	return s, nil
}

// HostKeyFingerprint returns the SHA256 fingerprint of the server's host
// key, as ssh shows it when connecting for the first time.
func (s *Server) HostKeyFingerprint() string { return gossh.FingerprintSHA256(s.key) }

// Serve accepts connections on l until Shutdown or Close.
func (s *Server) Serve(l net.Listener) error {
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops accepting connections, asks every wizard to save its
// answers and end, and waits for the sessions to finish until ctx is
// done. It then closes every connection that is left.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	var programs []*tea.Program
	for _, l := range s.live {
		if l.program != nil {
			programs = append(programs, l.program)
		}
	}
	s.mu.Unlock()
	for _, p := range programs {
		go p.Send(tui.SaveAndQuit{})
	}

	// Close the listeners now; ssh's Shutdown would also wait for the
	// connections, which is done here per session instead.
	stop, cancel := context.WithCancel(context.Background())
	cancel()
	_ = s.ssh.Shutdown(stop)

	done := make(chan struct{})
	go func() {
		s.sessions.Wait()
		close(done)
	}()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("sessions still open at shutdown: %w", ctx.Err())
	}
	if cerr := s.ssh.Close(); cerr != nil && err == nil && !errors.Is(cerr, ssh.ErrServerClosed) {
		err = cerr
	}
	return err
}

// Close closes every connection at once, without saving.
func (s *Server) Close() error { return s.ssh.Close() }

// codeOK compares the workshop code in constant time. A wrong code costs
// the guesser a moment, and a connection allows only a few guesses.
func (s *Server) codeOK(given string) bool {
	a, b := sha256.Sum256([]byte(given)), sha256.Sum256([]byte(s.cfg.Code))
	if subtle.ConstantTimeCompare(a[:], b[:]) == 1 {
		return true
	}
	time.Sleep(300 * time.Millisecond)
	return false
}

// authorizedKeys reads an authorized_keys file.
func authorizedKeys(path string) ([]gossh.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read the authorized keys: %w", err)
	}
	var keys []gossh.PublicKey
	for n := 1; len(bytes.TrimSpace(data)) > 0; n++ {
		k, _, _, rest, err := gossh.ParseAuthorizedKey(data)
		if err != nil {
			if len(keys) == 0 {
				return nil, fmt.Errorf("%s: no key can be read: %w", path, err)
			}
			break
		}
		keys = append(keys, k)
		data = rest
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("%s lists no keys", path)
	}
	return keys, nil
}

// admit counts connections and closes those beyond the cap before the
// handshake costs anything.
func (s *Server) admit(_ ssh.Context, c net.Conn) net.Conn {
	if n := s.conns.Add(1); n > int64(s.cfg.MaxSessions+connSlack) {
		s.conns.Add(-1)
		s.log.Warn("too many connections; closed one", "remote", c.RemoteAddr().String(), "open", n-1)
		return nil
	}
	return &countedConn{Conn: c, s: s}
}

type countedConn struct {
	net.Conn
	s    *Server
	once sync.Once
}

func (c *countedConn) Close() error {
	c.once.Do(func() { c.s.conns.Add(-1) })
	return c.Conn.Close()
}

// enter takes a session slot, or reports why there is none.
func (s *Server) enter() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closing:
		return errors.New("the workshop is closing; ask the facilitator when it opens again")
	case s.active >= s.cfg.MaxSessions:
		return fmt.Errorf("the workshop is full (%d people connected); try again in a minute", s.cfg.MaxSessions)
	}
	s.active++
	s.sessions.Add(1)
	return nil
}

func (s *Server) leave() {
	s.mu.Lock()
	s.active--
	s.mu.Unlock()
	s.sessions.Done()
}

// refuse ends a session with a message on its error stream.
func refuse(sess ssh.Session, code int, msg string) {
	fmt.Fprintf(sess.Stderr(), "%s\r\n", msg)
	_ = sess.Exit(code)
}

// handle serves one SSH session: the wizard, or one of the commands.
func (s *Server) handle(sess ssh.Session) {
	start := time.Now()
	remote := sess.RemoteAddr().String()
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("panic in a session", "remote", remote, "panic", r, "stack", string(debug.Stack()))
			refuse(sess, 1, "Something went wrong on the server. Your answers up to the last page are saved; connect again to continue.")
		}
	}()
	if err := s.enter(); err != nil {
		refuse(sess, 1, "Sorry: "+err.Error()+".")
		return
	}
	defer s.leave()

	id, err := ParticipantID(sess.User())
	if err != nil {
		s.log.Warn("refused a user name", "user", QuoteName(sess.User()), "remote", remote)
		refuse(sess, 1, "Sorry: "+err.Error()+".")
		return
	}
	cmd := sess.Command()
	if len(cmd) == 1 && cmd[0] == "help" {
		io.WriteString(sess, usage(sess, id))
		_ = sess.Exit(0)
		return
	}
	folder, err := s.store.Folder(id, len(cmd) == 0)
	switch {
	case err != nil && len(cmd) > 0:
		refuse(sess, 1, fmt.Sprintf("Nothing is saved for %s yet: connect with %s to start.", id, sshTo(sess, id)))
		return
	case err != nil:
		s.log.Error("cannot open a participant's folder", "id", id, "err", err)
		refuse(sess, 1, "Sorry: the server cannot store your answers. Tell the facilitator.")
		return
	}
	defer folder.Close()
	meta, err := s.claim(sess, folder, len(cmd) == 0)
	if err != nil {
		s.log.Warn("refused a session", "id", id, "remote", remote, "err", err)
		refuse(sess, 1, "Sorry: "+err.Error()+".")
		return
	}

	switch {
	case len(cmd) == 0:
		s.interview(sess, folder, meta)
		s.log.Info("session ended", "id", id, "remote", remote, "duration", time.Since(start).Round(time.Second).String())
	case len(cmd) == 1 && (cmd[0] == "markdown" || cmd[0] == "md"):
		s.print(sess, folder, func(p *strategy.Plan) ([]byte, error) { return tui.Markdown(p) })
	case len(cmd) == 1 && cmd[0] == "yaml":
		s.print(sess, folder, strategy.Marshal)
	default:
		refuse(sess, 2, "Unknown command "+QuoteName(sess.RawCommand())+".\n"+usage(sess, id))
	}
}

func usage(sess ssh.Session, id string) string {
	to := sshTo(sess, id)
	return fmt.Sprintf(`Commands:
  %[1]s            the interview (needs a terminal: add -t if it says so)
  %[1]s markdown   your document, as Markdown: %[1]s markdown > strategy.md
  %[1]s yaml       your answers, as YAML
`, to)
}

// sshTo is the command that reaches this server as id, as the participant
// would type it: "ssh -p 2222 kari@192.168.1.20", from the address they
// connected to, so it can be copied from the screen.
func sshTo(sess ssh.Session, id string) string {
	a, ok := sess.LocalAddr().(*net.TCPAddr)
	if !ok {
		return "ssh " + id + "@host"
	}
	if a.Port == 22 {
		return fmt.Sprintf("ssh %s@%s", id, a.IP)
	}
	return fmt.Sprintf("ssh -p %d %s@%s", a.Port, id, a.IP)
}

// claim checks that the session may act as the folder's participant and
// records the visit: with authorized keys, a name belongs to the first key
// that used it.
func (s *Server) claim(sess ssh.Session, f *Folder, visit bool) (Meta, error) {
	// Two first logins under one name must not both take it.
	s.claimMu.Lock()
	defer s.claimMu.Unlock()
	meta, err := f.Meta()
	if err != nil {
		return meta, err
	}
	if s.cfg.AuthorizedKeys != "" {
		pk := sess.PublicKey()
		if pk == nil {
			return meta, errors.New("this workshop needs a key")
		}
		fp := gossh.FingerprintSHA256(pk)
		if meta.Key != "" && meta.Key != fp {
			return meta, fmt.Errorf("the name %s belongs to someone else's key; connect with your own name", f.ID)
		}
		meta.Key = fp
	}
	if !visit {
		return meta, nil
	}
	now := time.Now().UTC().Round(time.Second)
	if meta.FirstSeen.IsZero() {
		meta.FirstSeen = now
		meta.Name = sess.User()
	}
	meta.LastSeen = now
	return meta, f.SetMeta(meta)
}

// print writes the participant's saved plan in some form, without the TUI.
func (s *Server) print(sess ssh.Session, f *Folder, format func(*strategy.Plan) ([]byte, error)) {
	p, err := f.Plan()
	switch {
	case err != nil:
		s.log.Error("cannot read a plan", "id", f.ID, "err", err)
		refuse(sess, 1, "Sorry: your saved answers cannot be read. Tell the facilitator.")
		return
	case p == nil:
		refuse(sess, 1, fmt.Sprintf("Nothing is saved for %s yet: connect with %s to start.", f.ID, sshTo(sess, f.ID)))
		return
	}
	out, err := format(p)
	if err != nil {
		s.log.Error("cannot render a plan", "id", f.ID, "err", err)
		refuse(sess, 1, "Sorry: your document cannot be made: "+err.Error())
		return
	}
	w := bufio.NewWriter(sess)
	w.Write(out)
	if err := w.Flush(); err != nil {
		s.log.Debug("client went away while printing", "id", f.ID, "err", err)
	}
	_ = sess.Exit(0)
}

// register records a live wizard for the participant, refusing a second.
func (s *Server) register(id, remote string) (*liveSession, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.live[id]; ok {
		return nil, fmt.Errorf("%s is already connected in another window (since %s); close that one first, or connect with another name",
			id, l.since.Format("15:04"))
	}
	l := &liveSession{since: time.Now(), remote: remote}
	s.live[id] = l
	s.tuneMemory()
	return l, nil
}

func (s *Server) unregister(id string) {
	s.mu.Lock()
	delete(s.live, id)
	s.tuneMemory()
	s.mu.Unlock()
}

// baseMemory is the memory the server needs with no session open: an idle
// server's RSS is about 23 MB, of which the Go runtime manages about 16.
const baseMemory = 16 << 20

// tuneMemory sets the soft memory limit for the sessions now live; s.mu
// is held.
func (s *Server) tuneMemory() {
	if s.cfg.SessionMemory > 0 {
		debug.SetMemoryLimit(baseMemory + s.cfg.SessionMemory*int64(len(s.live)))
	}
}

// attach sets the live session's program; it reports whether the server
// is closing, in which case the caller must ask the program to end.
func (s *Server) attach(l *liveSession, p *tea.Program) (closing bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l.program = p
	return s.closing
}

// Live returns the number of wizards running.
func (s *Server) Live() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.live)
}

// interview runs the wizard for the participant until they finish, quit,
// go idle or leave, or the server shuts down. The answers are saved in
// every case.
func (s *Server) interview(sess ssh.Session, f *Folder, meta Meta) {
	pty, winch, ok := sess.Pty()
	if !ok {
		to := sshTo(sess, f.ID)
		refuse(sess, 1, fmt.Sprintf("The interview needs a terminal: connect with %s.\r\nTo get your document instead: %s markdown > strategy.md", strings.Replace(to, "ssh ", "ssh -t ", 1), to))
		return
	}
	live, err := s.register(f.ID, sess.RemoteAddr().String())
	if err != nil {
		s.log.Warn("refused a second session", "id", f.ID, "remote", sess.RemoteAddr().String())
		refuse(sess, 1, "Sorry: "+err.Error()+".")
		return
	}
	defer s.unregister(f.ID)

	plan, err := f.Plan()
	if err != nil {
		s.log.Error("cannot read a plan", "id", f.ID, "err", err)
		refuse(sess, 1, "Sorry: your saved answers cannot be read. Tell the facilitator.")
		return
	}
	resume := plan != nil
	if !resume {
		plan = strategy.New(strategy.LangFromLocale(envLookup(sess.Environ())))
	}
	wizard := tui.New(plan, tui.Options{
		AnswersPath: PlanFile,
		OutputPath:  DocumentFile,
		Theme:       s.cfg.Theme,
		Editor:      false, // ctrl+e would run a program on the server
		Resume:      resume,
		WriteFile:   f.WriteFile,
	})
	var model tea.Model = wizard
	if s.cfg.wrap != nil {
		model = s.cfg.wrap(f.ID, model)
	}

	env := append(sess.Environ(), "TERM="+pty.Term)
	var idle atomic.Bool
	var timer *time.Timer // set before the program reads any input
	var p *tea.Program
	var lastInput atomic.Int64 // unix nanoseconds
	in := &activityReader{
		r: sess,
		touch: func() {
			lastInput.Store(time.Now().UnixNano())
			timer.Reset(s.cfg.IdleTimeout)
		},
		// The client closed the session but not the connection.
		closed: func() { go p.Send(tui.SaveAndQuit{}) },
	}
	p = tea.NewProgram(model,
		tea.WithInput(in),
		tea.WithOutput(sess),
		tea.WithEnvironment(env),
		tea.WithColorProfile(colorprofile.Env(env)),
		tea.WithWindowSize(pty.Window.Width, pty.Window.Height),
		tea.WithoutSignalHandler(), // the server handles signals, for every session
		tea.WithFPS(s.cfg.FPS),
		tea.WithFilter(s.filter(f.ID)),
	)
	timer = time.AfterFunc(s.cfg.IdleTimeout, func() {
		idle.Store(true)
		p.Send(tui.SaveAndQuit{})
	})
	defer timer.Stop()
	closing := s.attach(live, p)
	if closing {
		go p.Send(tui.SaveAndQuit{})
	}

	done := make(chan struct{})
	go s.keepAlive(sess, func() time.Time { return time.Unix(0, lastInput.Load()) }, done)
	go func() {
		// The client went away: save what is on the page, then end.
		select {
		case <-sess.Context().Done():
			p.Send(tui.SaveAndQuit{})
			select {
			case <-done:
			case <-time.After(quitGrace):
				p.Kill()
			}
		case <-done:
		}
	}()
	go func() {
		// Until the session's requests end, even after the program has;
		// the SSH library blocks on this channel otherwise.
		for w := range winch {
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}()

	_, err = p.Run()
	close(done)
	if errors.Is(err, tea.ErrProgramPanic) {
		s.log.Error("the wizard panicked", "id", f.ID, "err", err)
		refuse(sess, 1, "Something went wrong on the server. Your answers up to the last page are saved; connect again to continue.")
		return
	}
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		s.log.Warn("the wizard ended with an error", "id", f.ID, "err", err)
	}
	if sess.Context().Err() != nil {
		return // nobody to tell
	}
	var msg string
	switch {
	case wizard.SaveErr() != nil:
		s.log.Error("could not save a participant's answers", "id", f.ID, "err", wizard.SaveErr())
		msg = "Sorry: your latest answers could not be saved. Tell the facilitator."
	case wizard.Finished():
		msg = fmt.Sprintf("Your strategy is written. Take it with you:\r\n  %s markdown > strategy.md", sshTo(sess, f.ID))
	case s.isClosing():
		msg = "The workshop is closing. Your answers are saved."
	case idle.Load():
		msg = fmt.Sprintf("Closed after %s without input. Your answers are saved; connect again to continue.", s.cfg.IdleTimeout)
	case wizard.Saved():
		msg = fmt.Sprintf("Stopped. Your answers are saved; connect again as %s to continue.", f.ID)
	default:
		msg = "Stopped. Nothing was saved."
	}
	fmt.Fprintf(sess, "%s\r\n", msg)
	_ = sess.Exit(0)
}

// keepAlive asks the client every KeepAlive interval whether it is still
// there, until done, and closes the connection when it has neither
// answered nor sent a key for keepAliveMisses intervals. Closing it ends
// the session the way a client that quits does: the open page is saved
// first. lastInput reports when the participant last typed.
func (s *Server) keepAlive(sess ssh.Session, lastInput func() time.Time, done <-chan struct{}) {
	conn, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return
	}
	tick := time.NewTicker(s.cfg.KeepAlive)
	defer tick.Stop()
	answered := make(chan error, 1)
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		// Any reply counts, a refusal too: OpenSSH refuses the request.
		sent := time.Now()
		go func() {
			_, _, err := conn.SendRequest("keepalive@openssh.com", true, nil)
			answered <- err
		}()
	wait:
		for {
			select {
			case <-done:
				return
			case err := <-answered:
				if err != nil {
					return // the connection is closed already
				}
				break wait
			case <-time.After(keepAliveMisses * s.cfg.KeepAlive):
				if lastInput().After(sent) {
					sent = time.Now() // typing shows the client is there
					continue
				}
				s.log.Info("closing a connection that stopped answering", "remote", sess.RemoteAddr().String(), "user", QuoteName(sess.User()))
				conn.Close() // the request above then returns
				return
			}
		}
	}
}

// filter keeps messages from a served wizard that would act on the
// server rather than in the session. huh v2.0.3 binds ctrl+e in text
// fields to an external editor even with ExternalEditor(false): the
// binding is only switched off when huh draws its own help, which the
// wizard does not. So the key is dropped here, and any request to run a
// process is dropped too, in case another path leads to one.
func (s *Server) filter(id string) func(tea.Model, tea.Msg) tea.Msg {
	return func(_ tea.Model, msg tea.Msg) tea.Msg {
		switch msg := msg.(type) {
		case tea.SuspendMsg:
			return tea.ResumeMsg{} // there is no shell to suspend to
		case tea.KeyPressMsg:
			if msg.String() == "ctrl+e" {
				return nil
			}
		}
		if reflect.TypeOf(msg) == execMsgType {
			s.log.Warn("refused to run a process for a participant", "id", id)
			return nil
		}
		return msg
	}
}

// execMsgType is the type of Bubble Tea's request to run a process; its
// name is not exported, so it is taken from a request made here.
var execMsgType = reflect.TypeOf(tea.Exec(nil, nil)())

func (s *Server) isClosing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.closing
}

// activityReader notes every read of input, for the idle timeout, and
// the end of input.
type activityReader struct {
	r      io.Reader
	touch  func()
	closed func()
	once   sync.Once
}

func (a *activityReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 {
		a.touch()
	}
	if err != nil {
		a.once.Do(a.closed)
	}
	return n, err
}

// envLookup reads variables from an environment given as KEY=value lines.
func envLookup(env []string) func(string) string {
	return func(key string) string {
		for _, kv := range env {
			if k, v, ok := strings.Cut(kv, "="); ok && k == key {
				return v
			}
		}
		return ""
	}
}
