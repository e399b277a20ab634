package workshop

import (
	"bufio"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

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
	// Store is the data folder. The server locks it (see Store.Lock) and
	// does not close it.
	Store *Store
	// Code, when set, is the workshop code every participant gives, by
	// password or keyboard-interactive authentication.
	Code string
	// AuthorizedKeys, when set, is an authorized_keys file listing the keys
	// allowed in. It is read again whenever it changes, so keys can be
	// added while the server runs. The first key to start an interview
	// under a name owns it from then on. from= and no-pty are honoured;
	// lines with other options are left out with a warning.
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
	// Limits bounds what one participant or address can make the server do.
	Limits Limits
	// FPS is the wizards' frame rate; DefaultFPS if zero.
	FPS int
	// SessionMemory, when set, is the memory budget of a live session in
	// bytes: the server keeps its resident memory within the base (see
	// memoryBase) plus this much per live session with the runtime's soft
	// memory limit, so the runtime collects garbage sooner instead of
	// letting the heap double.
	SessionMemory int64
	// Theme is the forms' theme; huh's Charm theme if nil.
	Theme huh.Theme
	// Log receives one line per event a facilitator would look for: login
	// ok or failed, session start and end with the reason, save failed,
	// limit hit; slog's default logger if nil.
	Log *slog.Logger

	// wrap, in tests, wraps every wizard's model.
	wrap func(id string, m tea.Model) tea.Model
}

// Server serves the wizard over SSH, one per session.
type Server struct {
	cfg    Config
	limits Limits
	store  *Store
	ssh    *ssh.Server
	log    *slog.Logger
	key    gossh.PublicKey
	keys   *keyring

	gate     *gate
	hits     hitLog
	failures *perAddress // wrong codes
	newNames *perAddress // participants created
	conns    atomic.Int64
	sessions sync.WaitGroup

	mu        sync.Mutex
	claimMu   sync.Mutex        // serialises creating participants; guards skeletons
	skeletons map[string]string // TR39 skeleton → id of every participant; nil until the first new name
	idLocks   sync.Map          // id → *sync.Mutex, serialising one participant's record
	active    int
	live      map[string]*liveSession
	closing   bool
	saves     SaveReport
	unsavedM  map[string]bool
	base      int64 // the memory budget with no session open; see memoryBase
	// lastInput is when a participant last typed, in Unix nanoseconds;
	// see collectWhenQuiet.
	lastInput atomic.Int64
	// lastStart is when a session last started, in Unix nanoseconds.
	lastStart atomic.Int64
	// lastQuietGC is when collectWhenQuiet last collected.
	lastQuietGC atomic.Int64
}

// SaveReport counts the saves that failed while the server ran.
type SaveReport struct {
	// Failed is how many writes of a participant's file failed.
	Failed int
	// Unsaved lists, sorted, the participants whose session ended with
	// its latest answers not saved, and who have not saved since.
	Unsaved []string
}

// liveSession is a wizard running for a participant.
type liveSession struct {
	since   time.Time
	remote  string
	program *tea.Program
	quit    func() // asks the session to save and end
}

// New returns a server for the data folder in cfg.Store, which it locks:
// a second server on the same folder gets a *FolderInUseError. The host
// key is generated into the data folder the first time.
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
	if err := cfg.Store.Lock(); err != nil {
		return nil, err
	}
	lim := cfg.Limits.withDefaults()
	s := &Server{
		cfg: cfg, limits: lim, store: cfg.Store, log: cfg.Log, live: map[string]*liveSession{},
		failures: newPerAddress(lim.LoginFailures), newNames: newPerAddress(lim.NewNames),
		unsavedM: map[string]bool{},
		base:     memoryBase(),
	}
	s.gate = newGate(lim.MaxHandshakes, lim.HandshakesPerAddress, s.limitHit)

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
		// Innermost first: the program runs inside identity, inside the
		// session limits, inside the log line, inside recover.
		wish.WithMiddleware(s.programMiddleware, s.identityMiddleware, s.limitsMiddleware, s.logMiddleware, s.recoverMiddleware),
		wish.WithMaxTimeout(MaxTimeout),
	}
	switch {
	case cfg.Code != "":
		opts = append(opts,
			wish.WithPasswordAuth(func(ctx ssh.Context, password string) bool { return s.codeLogin(ctx, password) }),
			wish.WithKeyboardInteractiveAuth(func(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
				answers, err := ask("", "", []string{"Workshop code: "}, []bool{false})
				return err == nil && len(answers) == 1 && s.codeLogin(ctx, answers[0])
			}))
	case cfg.AuthorizedKeys != "":
		s.keys = &keyring{file: cfg.AuthorizedKeys, log: s.log.Warn}
		if _, err := s.keys.load(); err != nil {
			return nil, err
		}
		opts = append(opts, wish.WithPublicKeyAuth(s.keyLogin))
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
	srv.ServerConfigCallback = func(ctx ssh.Context) *gossh.ServerConfig {
		c := &gossh.ServerConfig{MaxAuthTries: maxAuthTries}
		if cfg.Code == "" && cfg.AuthorizedKeys == "" {
			c.NoClientAuth = true
			c.NoClientAuthCallback = func(m gossh.ConnMetadata) (*gossh.Permissions, error) {
				s.loginOK(ctx, m.RemoteAddr(), m.User(), "none")
				return nil, nil
			}
		}
		return c
	}
	// Sessions only: no forwarding of any kind.
	srv.ChannelHandlers = map[string]ssh.ChannelHandler{"session": s.guardSessions(ssh.DefaultSessionHandler)}
	s.ssh = srv
	return s, nil
}

// HostKeyFingerprint returns the SHA256 fingerprint of the server's host
// key, as ssh shows it when connecting for the first time.
func (s *Server) HostKeyFingerprint() string { return gossh.FingerprintSHA256(s.key) }

// Serve accepts connections on l until Shutdown or Close.
func (s *Server) Serve(l net.Listener) error {
	if s.cfg.SessionMemory > 0 {
		stop := make(chan struct{})
		defer close(stop)
		go s.collectWhenQuiet(stop)
	}
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops accepting connections, asks every wizard to save its
// answers and end, and waits for the sessions to finish until ctx is
// done. It then closes every connection that is left. Saves reports what
// could not be saved.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	var quits []func()
	for _, l := range s.live {
		if l.quit != nil {
			quits = append(quits, l.quit)
		}
	}
	s.mu.Unlock()
	for _, q := range quits {
		go q()
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

// Saves returns the saves that failed so far.
func (s *Server) Saves() SaveReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.saves
	r.Unsaved = nil
	for id := range s.unsavedM {
		r.Unsaved = append(r.Unsaved, id)
	}
	slices.Sort(r.Unsaved)
	return r
}

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

// codeLogin checks a workshop code, refusing at once an address that gave
// too many wrong ones, and logs the outcome.
func (s *Server) codeLogin(ctx ssh.Context, given string) bool {
	addr := hostOf(ctx.RemoteAddr())
	if s.failures.blocked(addr) {
		s.limitHit("login-failures", ctx.RemoteAddr().String(), s.limits.LoginFailures)
		s.loginFailed(ctx, "too many wrong codes from this address")
		return false
	}
	if !s.codeOK(given) {
		s.failures.take(addr)
		s.loginFailed(ctx, "wrong code")
		return false
	}
	return s.loginOK(ctx, ctx.RemoteAddr(), ctx.User(), "code")
}

// keyLogin checks a key against the authorized keys and their from=.
func (s *Server) keyLogin(ctx ssh.Context, key ssh.PublicKey) bool {
	_, ok, err := s.keys.find(key, ctx.RemoteAddr())
	if err != nil {
		s.log.Error("cannot read the authorized keys", "err", err)
		return false
	}
	if !ok {
		// Clients offer each key they have; one line per key offered.
		s.loginFailed(ctx, "key not listed or not allowed from this address", "fingerprint", gossh.FingerprintSHA256(key))
		return false
	}
	return s.loginOK(ctx, ctx.RemoteAddr(), ctx.User(), "key", "fingerprint", gossh.FingerprintSHA256(key))
}

// loginOK takes a connection out of the handshake count and logs the
// login.
func (s *Server) loginOK(ctx ssh.Context, remote net.Addr, user, method string, args ...any) bool {
	loggedIn(ctx)
	s.log.Info("login ok", append([]any{"remote", remote.String(), "user", logName(user), "method", method}, args...)...)
	return true
}

func (s *Server) loginFailed(ctx ssh.Context, reason string, args ...any) {
	s.log.Warn("login failed", append([]any{"remote", ctx.RemoteAddr().String(), "user", logName(ctx.User()), "reason", reason}, args...)...)
}

// admit counts connections, closes those beyond the cap before the
// handshake costs anything, and passes the rest to the handshake gate.
func (s *Server) admit(ctx ssh.Context, c net.Conn) net.Conn {
	if n := s.conns.Add(1); n > int64(s.cfg.MaxSessions+connSlack+s.limits.MaxHandshakes) {
		s.conns.Add(-1)
		s.limitHit("connections", c.RemoteAddr().String(), s.cfg.MaxSessions+connSlack+s.limits.MaxHandshakes)
		return nil
	}
	if s.cfg.Code != "" && s.failures.blocked(hostOf(c.RemoteAddr())) {
		// It guessed too often: no handshake until its minute is up.
		s.conns.Add(-1)
		s.limitHit("login-failures", c.RemoteAddr().String(), s.limits.LoginFailures, "action", "closed before the handshake")
		return nil
	}
	g := s.gate.admit(c)
	if g == nil {
		s.conns.Add(-1)
		return nil
	}
	ctx.SetValue(pendingKey{}, g)
	return &countedConn{Conn: g, s: s}
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
func (s *Server) enter() (strategy.Text, []any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closing:
		return msg.Closing, nil, false
	case s.active >= s.cfg.MaxSessions:
		return msg.Full, []any{s.cfg.MaxSessions}, false
	}
	s.active++
	s.sessions.Add(1)
	return strategy.Text{}, nil, true
}

func (s *Server) leave() {
	s.mu.Lock()
	s.active--
	s.mu.Unlock()
	s.sessions.Done()
}

// session is what the middlewares learn about a session, for the ones
// inside them and for the log line at its end.
type session struct {
	id     string
	lang   string
	key    *authorizedKey // the key's entry, with authorized keys
	reason string         // how the session ended
}

type sessionKey struct{}

func sessionOf(sess ssh.Session) *session {
	if v, ok := sess.Context().Value(sessionKey{}).(*session); ok {
		return v
	}
	return &session{lang: strategy.LangEnglish}
}

// end ends a session with a message to the participant on its error
// stream, and records the reason for the log.
func (s *Server) end(sess ssh.Session, code int, reason, text string) {
	sessionOf(sess).reason = reason
	fmt.Fprintf(sess.Stderr(), "%s\r\n", text)
	_ = sess.Exit(code)
}

// recoverMiddleware keeps a panic in one session from ending the server.
func (s *Server) recoverMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("panic in a session", "remote", sess.RemoteAddr().String(), "id", sessionOf(sess).id, "panic", r, "stack", string(debug.Stack()))
				s.end(sess, 1, "panic", say(msg.ServerError, sessionOf(sess).lang))
			}
		}()
		next(sess)
	}
}

// logMiddleware writes one line when a session starts and one when it
// ends, with the reason.
func (s *Server) logMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		info := &session{lang: strategy.LangFromLocale(envLookup(sess.Environ())), reason: "done"}
		sess.Context().SetValue(sessionKey{}, info)
		_, _, pty := sess.Pty()
		s.log.Info("session start", "remote", sess.RemoteAddr().String(), "user", logName(sess.User()), "command", logName(sess.RawCommand()), "pty", pty)
		defer func() {
			s.log.Info("session end", "remote", sess.RemoteAddr().String(), "id", info.id, "reason", info.reason,
				"duration", time.Since(start).Round(time.Millisecond).String())
		}()
		next(sess)
	}
}

// limitsMiddleware gives the session a slot, or tells the participant the
// workshop is full or closing.
func (s *Server) limitsMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		text, args, ok := s.enter()
		if !ok {
			s.limitHit("sessions", sess.RemoteAddr().String(), s.cfg.MaxSessions)
			s.end(sess, 1, "refused: full or closing", say(text, sessionOf(sess).lang, args...))
			return
		}
		defer s.leave()
		next(sess)
	}
}

// identityMiddleware maps the user name to a participant id and, with
// authorized keys, finds the key's entry and checks its from= again.
func (s *Server) identityMiddleware(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		info := sessionOf(sess)
		id, err := ParticipantID(sess.User())
		if err != nil {
			s.log.Warn("refused a user name", "user", logName(sess.User()), "remote", sess.RemoteAddr().String(), "err", err)
			var ne *NameError
			text := err.Error()
			if errors.As(err, &ne) {
				text = ne.In(info.lang)
			}
			s.end(sess, 1, "refused: name", say(msg.Sorry, info.lang, text))
			return
		}
		info.id = id
		if s.keys != nil {
			pk := sess.PublicKey()
			if pk == nil {
				s.end(sess, 1, "refused: no key", say(msg.NeedsKey, info.lang))
				return
			}
			k, ok, err := s.keys.find(pk, sess.RemoteAddr())
			if err != nil || !ok {
				s.log.Warn("refused a key", "id", id, "remote", sess.RemoteAddr().String(), "err", err)
				s.end(sess, 1, "refused: key", say(msg.NeedsKey, info.lang))
				return
			}
			info.key = &k
		}
		next(sess)
	}
}

// programMiddleware runs what the participant asked for: the interview,
// the plain interview, or one of the commands.
func (s *Server) programMiddleware(ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		info := sessionOf(sess)
		switch cmd := sess.Command(); {
		case len(cmd) == 0:
			s.interview(sess, false)
		case len(cmd) == 1 && cmd[0] == "accessible":
			s.interview(sess, true)
		case len(cmd) == 1 && cmd[0] == "help":
			io.WriteString(sess, usage(sess, info.id))
			_ = sess.Exit(0)
		case len(cmd) == 1 && (cmd[0] == "markdown" || cmd[0] == "md"):
			s.print(sess, func(p *strategy.Plan) ([]byte, error) { return tui.Markdown(p) })
		case len(cmd) == 1 && cmd[0] == "yaml":
			s.print(sess, strategy.Marshal)
		default:
			s.end(sess, 2, "refused: unknown command", say(msg.UnknownCommand, info.lang, QuoteName(sess.RawCommand()))+"\r\n"+
				strings.ReplaceAll(usage(sess, info.id), "\n", "\r\n"))
		}
	}
}

func usage(sess ssh.Session, id string) string {
	to := sshTo(sess, id)
	return fmt.Sprintf(`Commands:
  %[1]s              the interview (needs a terminal: add -t if it says so)
  %[1]s accessible   the interview as plain questions, one line each, for screen readers
  %[1]s markdown     your document, as Markdown: %[1]s markdown > strategy.md
  %[1]s yaml         your answers, as YAML
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

// readMeta reads the participant's record. A record that cannot be read
// is logged; with authorized keys it holds the name's owner, so the
// session is refused, and otherwise the server goes on with a new one.
func (s *Server) readMeta(f *Folder) (Meta, bool) {
	meta, err := f.Meta()
	if err == nil {
		return meta, true
	}
	s.log.Error("cannot read a participant's record", "id", f.ID, "file", metaFile, "err", err)
	return Meta{}, s.keys == nil
}

// owns checks that the session's key may act as the participant.
func (s *Server) owns(sess ssh.Session, meta Meta) bool {
	if s.keys == nil || meta.Key == "" {
		return true
	}
	return meta.Key == gossh.FingerprintSHA256(sess.PublicKey())
}

// claim opens the participant's folder for an interview, creating it
// when the name is new, and records the visit: a name is claimed only
// here, when an interview starts. A new name is refused when its address
// made too many new names, or when it looks like another participant's.
// With authorized keys, the name belongs to the first key that used it.
func (s *Server) claim(sess ssh.Session) (*Folder, bool) {
	info := sessionOf(sess)
	// Only one participant's record is held while it is read and written,
	// so a room arriving at once does not queue behind every other
	// participant's synced write.
	l, _ := s.idLocks.LoadOrStore(info.id, new(sync.Mutex))
	mu := l.(*sync.Mutex)
	mu.Lock()
	defer mu.Unlock()
	f, err := s.store.Folder(info.id, false)
	if errors.Is(err, fs.ErrNotExist) {
		var ok bool
		if f, ok, err = s.create(sess); !ok {
			return nil, false
		}
	}
	if err != nil {
		s.log.Error("cannot open a participant's folder", "id", info.id, "err", err)
		s.end(sess, 1, "refused: folder", say(msg.CannotStore, info.lang))
		return nil, false
	}
	meta, ok := s.readMeta(f)
	if !ok {
		f.Close()
		s.end(sess, 1, "refused: record unreadable", say(msg.CannotRead, info.lang))
		return nil, false
	}
	if !s.owns(sess, meta) {
		f.Close()
		s.log.Warn("refused another key's name", "id", info.id, "remote", sess.RemoteAddr().String())
		s.end(sess, 1, "refused: name of another key", say(msg.KeyTaken, info.lang, info.id))
		return nil, false
	}
	if s.keys != nil {
		meta.Key = gossh.FingerprintSHA256(sess.PublicKey())
	}
	now := time.Now().UTC().Round(time.Second)
	if meta.FirstSeen.IsZero() {
		meta.FirstSeen = now
		meta.Name = sess.User()
	}
	meta.LastSeen = now
	if err := f.SetMeta(meta); err != nil {
		s.saveFailed(f.ID, metaFile, err)
	}
	return f, true
}

// create makes the folder of a new participant. It refuses (ok false,
// the session ended) a name that looks like another participant's, or
// one more new name from an address that made too many. The look-alike
// check reads an index of skeletons kept in memory, built from the data
// folder at the first new name: the folder is locked to this server, so
// no one else adds participants.
func (s *Server) create(sess ssh.Session) (f *Folder, ok bool, err error) {
	info := sessionOf(sess)
	s.claimMu.Lock()
	defer s.claimMu.Unlock()
	if s.skeletons == nil {
		ids, err := s.store.IDs()
		if err != nil {
			s.log.Error("cannot list the participants", "err", err)
		}
		s.skeletons = make(map[string]string, len(ids))
		for _, id := range ids {
			s.skeletons[skeleton(id)] = id
		}
	}
	sk := skeleton(info.id)
	if other, same := s.skeletons[sk]; same && other != info.id {
		s.log.Warn("refused a look-alike name", "id", info.id, "like", other, "remote", sess.RemoteAddr().String())
		s.end(sess, 1, "refused: look-alike name", say(msg.LooksLike, info.lang, other))
		return nil, false, nil
	}
	if !s.newNames.take(hostOf(sess.RemoteAddr())) {
		s.limitHit("new-names", sess.RemoteAddr().String(), s.limits.NewNames, "id", info.id)
		s.end(sess, 1, "refused: too many new names", say(msg.TooManyNames, info.lang))
		return nil, false, nil
	}
	f, err = s.store.Folder(info.id, true)
	if err == nil {
		s.skeletons[sk] = info.id
	}
	return f, true, err
}

// print writes the participant's saved plan in some form, without the TUI.
func (s *Server) print(sess ssh.Session, format func(*strategy.Plan) ([]byte, error)) {
	info := sessionOf(sess)
	f, err := s.store.Folder(info.id, false)
	if err != nil {
		s.end(sess, 1, "refused: nothing saved", say(msg.NotSaved, info.lang, info.id, sshTo(sess, info.id)))
		return
	}
	defer f.Close()
	if s.keys != nil {
		meta, ok := s.readMeta(f)
		switch {
		case !ok:
			s.end(sess, 1, "refused: record unreadable", say(msg.CannotRead, info.lang))
			return
		case !s.owns(sess, meta):
			s.log.Warn("refused another key's name", "id", info.id, "remote", sess.RemoteAddr().String())
			s.end(sess, 1, "refused: name of another key", say(msg.KeyTaken, info.lang, info.id))
			return
		}
	}
	p, err := f.Plan()
	switch {
	case err != nil:
		s.log.Error("cannot read a plan", "id", f.ID, "err", err)
		s.end(sess, 1, "refused: plan unreadable", say(msg.CannotRead, info.lang))
		return
	case p == nil:
		s.end(sess, 1, "refused: nothing saved", say(msg.NotSaved, info.lang, info.id, sshTo(sess, info.id)))
		return
	}
	out, err := format(p)
	if err != nil {
		s.log.Error("cannot render a plan", "id", f.ID, "err", err)
		s.end(sess, 1, "refused: render failed", say(msg.CannotRead, p.Language))
		return
	}
	w := bufio.NewWriter(sess)
	w.Write(out)
	if err := w.Flush(); err != nil {
		s.log.Debug("client went away while printing", "id", f.ID, "err", err)
	}
	_ = sess.Exit(0)
}

// saveFailed logs a failed write of a participant's file and counts it.
func (s *Server) saveFailed(id, file string, err error) {
	s.log.Error("save failed", "id", id, "file", file, "err", err)
	s.mu.Lock()
	s.saves.Failed++
	s.mu.Unlock()
}

// endedUnsaved records a session whose latest answers were not saved.
func (s *Server) endedUnsaved(id string) {
	s.mu.Lock()
	s.unsavedM[id] = true
	s.mu.Unlock()
}

// savedAgain records that the participant's plan was saved: answers an
// earlier session could not save are no longer the latest.
func (s *Server) savedAgain(id string) {
	s.mu.Lock()
	delete(s.unsavedM, id)
	s.mu.Unlock()
}

// keptAside sets the time of the file of answers the participant kept
// aside, name, to now, once the session that wrote it has ended and with
// it every write it had under way: `workshop status` tells a plan saved
// later, by a later session, from one whose write was still landing when
// the page was kept aside.
func (s *Server) keptAside(f *Folder, name string) {
	now := time.Now()
	if err := f.root.Chtimes(name, now, now); err != nil {
		s.log.Warn("cannot date the answers kept aside", "id", f.ID, "file", name, "err", err)
	}
}

// writer is what the wizard saves through: the folder's atomic write,
// with a failure logged in full and told to the participant in a few
// words of their language.
func (s *Server) writer(f *Folder, lang string) func(string, []byte) error {
	return func(name string, data []byte) error {
		if err := f.WriteFile(name, data); err != nil {
			s.saveFailed(f.ID, name, err)
			return errors.New(say(msg.SaveFailed, lang))
		}
		if name == PlanFile {
			s.savedAgain(f.ID)
		}
		return nil
	}
}

// register records a live wizard for the participant, refusing a second.
func (s *Server) register(id, remote string) (*liveSession, *liveSession) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if l, ok := s.live[id]; ok {
		return nil, l
	}
	l := &liveSession{since: time.Now(), remote: remote}
	s.live[id] = l
	s.lastStart.Store(l.since.UnixNano())
	s.tuneMemory()
	return l, nil
}

func (s *Server) unregister(id string) {
	s.mu.Lock()
	delete(s.live, id)
	s.tuneMemory()
	s.mu.Unlock()
}

// minBase is the least memory budget with no session open, where the
// resident memory cannot be read.
const minBase = 16 << 20

// memoryBase is the memory budget with no session open: the resident
// memory when the server starts, at least minBase. An idle server is
// about 20 MB, 15 of them the program's own code (measured on Linux with
// Go 1.26).
func memoryBase() int64 { return max(int64(rss()), minBase) }

// minLimit is the least soft memory limit the server sets, in bytes.
// The runtime needs room beyond the live heap for its own bookkeeping and
// for garbage between collections: with 5 sessions the budget left it
// 19 MB for 11 MB of heap, and the collector ran 80 times a second, half
// a core for an idle room (measured with sshload -n 5, GODEBUG=gctrace=1).
// Below about 15 sessions the floor applies instead of the budget.
const minLimit = 64 << 20

// tuneMemory sets the soft memory limit for the sessions now live; s.mu
// is held. The budget counts resident memory, the runtime's limit only
// the memory it manages, so the program's resident code and files are
// taken off the budget first. The limit is at least minLimit.
func (s *Server) tuneMemory() {
	if s.cfg.SessionMemory > 0 {
		budget := s.base + s.cfg.SessionMemory*int64(len(s.live))
		debug.SetMemoryLimit(max(budget-int64(residentFiles()), minLimit))
	}
}

// attach sets how to end the live session; it reports whether the server
// is closing, in which case the caller must end it at once.
func (s *Server) attach(l *liveSession, p *tea.Program, quit func()) (closing bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l.program, l.quit = p, quit
	return s.closing
}

// Live returns the number of wizards running.
func (s *Server) Live() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.live)
}

// interview runs the wizard, or with plain the accessible interview, for
// the participant until they finish, quit, go idle or leave, or the server
// shuts down. The answers are saved in every case.
func (s *Server) interview(sess ssh.Session, plain bool) {
	info := sessionOf(sess)
	pty, winch, hasPty := sess.Pty()
	switch {
	case !hasPty && !plain:
		to := sshTo(sess, info.id)
		s.end(sess, 1, "refused: no terminal", say(msg.NeedsTerminal, info.lang, strings.Replace(to, "ssh ", "ssh -t ", 1), to, to))
		return
	case info.key != nil && info.key.noPty:
		s.end(sess, 1, "refused: key has no-pty", say(msg.NoPty, info.lang))
		return
	}
	f, ok := s.claim(sess)
	if !ok {
		return
	}
	defer f.Close()
	live, other := s.register(f.ID, sess.RemoteAddr().String())
	if other != nil {
		s.end(sess, 1, "refused: connected already", say(msg.AlreadyConnected, info.lang, f.ID, other.since.Format("15:04")))
		return
	}
	defer s.unregister(f.ID)

	plan, err := f.Plan()
	if err != nil {
		s.log.Error("cannot read a plan", "id", f.ID, "err", err)
		s.end(sess, 1, "refused: plan unreadable", say(msg.CannotRead, info.lang))
		return
	}
	resume := plan != nil
	if !resume {
		plan = strategy.New(info.lang)
	}
	info.lang = plan.Language
	opts := tui.Options{
		AnswersPath: PlanFile,
		OutputPath:  DocumentFile,
		Theme:       s.cfg.Theme,
		Editor:      false, // ctrl+e would run a program on the server
		Resume:      resume,
		WriteFile:   s.writer(f, info.lang),
		UnsavedPath: f.freeUnsaved(), // never over a page kept aside before
		OneFormat:   true,            // the folder holds the Markdown document only
	}
	if kept := f.KeptAside(); kept != "" {
		// Said once on the first page: the participant cannot open the
		// server's files, the facilitator can.
		opts.KeptAside = say(msg.KeptOnServer, info.lang, kept)
	}

	var lastInput atomic.Int64 // unix nanoseconds
	var timer *time.Timer      // set before any input is read
	var quit func()            // asks the session to save and end
	in := &activityReader{
		r: newThrottledReader(sess.Context(), sess, s.limits.InputRate, s.limits.InputBurst, func() {
			s.limitHit("input-rate", sess.RemoteAddr().String(), s.limits.InputRate, "id", f.ID)
		}),
		touch: func() {
			now := time.Now().UnixNano()
			lastInput.Store(now)
			s.lastInput.Store(now)
			timer.Reset(s.cfg.IdleTimeout)
		},
		// The client closed the session but not the connection.
		closed: func() { go quit() },
	}
	var idle atomic.Bool
	timer = time.AfterFunc(s.cfg.IdleTimeout, func() {
		idle.Store(true)
		quit()
	})
	defer timer.Stop()
	done := make(chan struct{})
	defer close(done)
	go s.keepAlive(sess, func() time.Time { return time.Unix(0, lastInput.Load()) }, done)

	if plain {
		s.accessible(sess, f, plan, opts, in, hasPty, live, &quit, idle.Load)
		return
	}

	wizard := tui.New(plan, opts)
	var model tea.Model = wizard
	if s.cfg.wrap != nil {
		model = s.cfg.wrap(f.ID, model)
	}
	model = &sizeGuard{Model: &paced{Model: model, settled: s.settled}, lang: info.lang, w: pty.Window.Width, h: pty.Window.Height}
	env := append(sess.Environ(), "TERM="+pty.Term)
	p := tea.NewProgram(model,
		tea.WithInput(in),
		tea.WithOutput(sess),
		tea.WithEnvironment(env),
		tea.WithColorProfile(colorprofile.Env(env)),
		tea.WithWindowSize(pty.Window.Width, pty.Window.Height),
		tea.WithoutSignalHandler(), // the server handles signals, for every session
		tea.WithFPS(s.cfg.FPS),
		tea.WithFilter(s.filter(f.ID)),
	)
	quit = func() { p.Send(tui.SaveAndQuit{}) }
	if s.attach(live, p, quit) {
		go quit()
	}
	go func() {
		// The client went away: save what is on the page, then end.
		select {
		case <-sess.Context().Done():
			quit()
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
		// the SSH library blocks on this channel otherwise. A flood of
		// window changes reaches the wizard as one every resizeGap.
		var last ssh.Window
		for w := range winch {
			if w.Width == last.Width && w.Height == last.Height {
				continue
			}
			last = w
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			time.Sleep(resizeGap)
		}
	}()

	_, err = p.Run()
	if wizard.SaveErr() != nil {
		s.endedUnsaved(f.ID)
	}
	if wizard.Discarded() != "" {
		s.keptAside(f, wizard.Discarded())
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		s.log.Error("the wizard panicked", "id", f.ID, "err", err)
		s.end(sess, 1, "panic", say(msg.ServerError, info.lang))
		return
	}
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		s.log.Warn("the wizard ended with an error", "id", f.ID, "err", err)
	}
	var text string
	switch {
	case wizard.SaveErr() != nil:
		info.reason, text = "save failed", say(msg.CannotStore, info.lang)
	case wizard.Finished():
		info.reason, text = "finished", say(msg.Written, info.lang, sshTo(sess, f.ID))
	case s.isClosing():
		info.reason, text = "server closing", say(msg.ClosingSaved, info.lang)
	case idle.Load():
		info.reason, text = "idle", say(msg.Idle, info.lang, s.cfg.IdleTimeout)
	case sess.Context().Err() != nil:
		info.reason = "client left"
	case wizard.Discarded() != "":
		info.reason, text = "quit, page kept aside", say(msg.StoppedDiscarded, info.lang, f.ID, wizard.Discarded(), f.ID)
	case wizard.Saved():
		info.reason, text = "quit", say(msg.Stopped, info.lang, f.ID)
	default:
		info.reason, text = "quit unsaved", say(msg.StoppedUnsaved, info.lang)
	}
	if sess.Context().Err() != nil {
		return // nobody to tell
	}
	fmt.Fprintf(sess, "%s\r\n", text)
	_ = sess.Exit(0)
}

// accessible runs the plain interview: huh's accessible prompts, one line
// each, for screen readers. Without a PTY the participant's own terminal
// edits and echoes the lines; with one (ssh -t), lineDiscipline does.
func (s *Server) accessible(sess ssh.Session, f *Folder, plan *strategy.Plan, opts tui.Options, in io.Reader, hasPty bool, live *liveSession, quit *func(), idle func() bool) {
	info := sessionOf(sess)
	var r io.Reader = in
	var w io.Writer = sess
	if hasPty {
		r = newLineDiscipline(in, sess)
		w = crlfWriter{sess}
	}
	*quit = func() { sess.Close() } // the prompts end when their input does
	if s.attach(live, nil, *quit) {
		go (*quit)()
	}
	err := tui.RunAccessible(plan, opts, r, w, sess.Environ())
	switch {
	case err == nil:
		info.reason = "finished"
		fmt.Fprintf(w, "\n%s\n", say(msg.Written, info.lang, sshTo(sess, f.ID)))
		_ = sess.Exit(0)
	case s.isClosing():
		info.reason = "server closing"
	case idle():
		info.reason = "idle"
	case errors.Is(err, tui.ErrAborted), errors.Is(err, tui.ErrInputEnded):
		info.reason = "quit"
		fmt.Fprintf(w, "\n%s\n", say(msg.Stopped, info.lang, f.ID))
		_ = sess.Exit(0)
	default:
		info.reason = "save failed"
		s.endedUnsaved(f.ID)
		s.log.Warn("the plain interview ended with an error", "id", f.ID, "err", err)
		fmt.Fprintf(w, "\n%s\n", say(msg.CannotStore, info.lang))
		_ = sess.Exit(1)
	}
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
			case <-time.After((keepAliveMisses - 1) * s.cfg.KeepAlive):
				// The request went out one interval after the last sign
				// of life: keepAliveMisses intervals in all.
				if lastInput().After(sent) {
					sent = time.Now() // typing shows the client is there
					continue
				}
				s.log.Info("closing a connection that stopped answering", "remote", sess.RemoteAddr().String(), "user", logName(sess.User()))
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
			if msg.Text != "" && invisible(msg.Text) {
				return nil // a zero-width space or LRM typed on its own
			}
		case tea.PasteMsg:
			msg.Content = stripInvisible(msg.Content)
			return msg
		}
		if reflect.TypeOf(msg) == execMsgType {
			s.log.Warn("refused to run a process for a participant", "id", id)
			return nil
		}
		return msg
	}
}

// invisibleRune reports whether r is an invisible format character
// (Unicode category Cf: zero-width space, LRM/RLM, word joiner, BOM, soft
// hyphen), which would let two answers or names that look the same
// differ. The zero-width joiner and non-joiner, which emoji and some
// scripts need, and the tags of flag emoji are kept. Bidi overrides are
// Cf too; the wizard removes them as well.
func invisibleRune(r rune) bool {
	if r == 0x200c || r == 0x200d || r >= 0xe0020 && r <= 0xe007f {
		return false
	}
	return unicode.Is(unicode.Cf, r)
}

// invisible reports whether s holds only invisible format characters.
func invisible(s string) bool {
	for _, r := range s {
		if !invisibleRune(r) {
			return false
		}
	}
	return true
}

// stripInvisible removes invisible format characters from s.
func stripInvisible(s string) string {
	return strings.Map(func(r rune) rune {
		if invisibleRune(r) {
			return -1
		}
		return r
	}, s)
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
