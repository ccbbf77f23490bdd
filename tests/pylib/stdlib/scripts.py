"""Small scripts run under both the real stdlib and pylib (see driver.py);
their stdout, stderr and exit status must match after normalization."""

SCRIPTS = {}

SCRIPTS['log_threads'] = r'''
import logging, threading, time
logging.basicConfig(level=logging.DEBUG,
                    format='(%(threadName)-10s) %(message)s')
def worker(n):
    logging.debug('Starting %d', n)
    time.sleep(0.01 * n)
    logging.debug('Exiting %d', n)
ts = [threading.Thread(name='worker-%d' % i, target=worker, args=(i,))
      for i in range(3)]
ts.append(threading.Thread(target=worker, args=(4,)))
for t in ts:
    t.start()
    time.sleep(0.002)
for t in ts: t.join()
logging.info('done')
'''

SCRIPTS['log_default_root'] = r'''
import logging
logging.debug('no')
logging.info('no')
logging.warning('Watch out! %s', 'x')
logging.error('err')
logging.critical('crit %d%%', 5)
logging.log(45, 'custom level')
print(logging.getLevelName(45), logging.getLevelName('INFO'),
      logging.getLevelName(20), logging.getLevelName('FOO'))
'''

SCRIPTS['log_last_resort'] = r'''
import logging
log = logging.getLogger('app')
log.info('not shown')
log.warning('just the message %s', 42)
log.error('error too')
log.addHandler(logging.NullHandler())
log.warning('swallowed')
print(log.hasHandlers(), logging.getLogger('app.x').hasHandlers())
'''

SCRIPTS['log_formats'] = r'''
import logging, sys
logging.basicConfig(
    level=logging.DEBUG, stream=sys.stdout,
    format='%(asctime)s|%(levelname)-8s|%(name)s|%(levelno)s|%(filename)s|'
           '%(module)s|%(funcName)s|%(lineno)d|%(processName)s|%(message)s')
def f():
    logging.getLogger('x.y').info('in f')
f()
logging.warning('top %r', [1, 2])
class C:
    def m(self):
        logging.getLogger('c').debug('method')
C().m()
h = logging.root.handlers[0]
h.setFormatter(logging.Formatter('%(asctime)s %(message)s', datefmt='%Y'))
logging.error('datefmt')
h.setFormatter(logging.Formatter('{levelname}:{message}', style='{'))
logging.error('brace')
h.setFormatter(logging.Formatter())
logging.error('plain')
h.setFormatter(logging.Formatter('$levelname ${name}: $message $$5', style='$'))
logging.error('dollar')
for bad in ['$ x', 'plain']:
    try:
        logging.Formatter(bad, style='$')
    except ValueError as e:
        print('ValueError', e)
h.setFormatter(logging.Formatter('%(pathname)s %(msecs)d'))
rec = logging.makeLogRecord({'msg': 'x', 'pathname': '/p/q.py', 'msecs': 7})
print(h.format(rec))
try:
    logging.Formatter('no fields')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('%(a)s', style='$$')
except ValueError as e:
    print('ValueError', e)
h.setFormatter(logging.Formatter('%(nosuch)s'))
try:
    h.format(rec)
except ValueError as e:
    print('ValueError', e)
rec = logging.LogRecord('n', 20, '/a/b/mod.py', 3, 'm %s', ('a',), None)
print(rec.getMessage(), rec.filename, rec.module, rec.levelname, repr(rec))
print(isinstance(rec.process, int), isinstance(rec.thread, int),
      type(rec.created), rec.msecs == int(rec.msecs), rec.threadName)
'''

SCRIPTS['log_hierarchy'] = r'''
import logging, sys
a = logging.getLogger('a')
abc = logging.getLogger('a.b.c')
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.parent is logging.root)
print(logging.getLogger('a.b') is ab, logging.getLogger() is logging.root,
      logging.getLogger('root') is logging.root)
print(ab.getChild('c') is abc, logging.root.getChild('a') is a)
h1 = logging.StreamHandler(sys.stdout)
h1.setFormatter(logging.Formatter('A:%(name)s:%(message)s'))
a.addHandler(h1)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('AB:%(name)s:%(message)s'))
h2.setLevel('ERROR')
ab.addHandler(h2)
abc.warning('w1')
abc.error('e1')
ab.propagate = False
abc.error('e2')
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(10), ab.level)
abc.debug('dbg')
ab.propagate = True
a.removeHandler(h1)
abc.critical('c1')
logging.disable(logging.ERROR)
abc.critical('c2')
abc.error('nope')
logging.disable(logging.NOTSET)
abc.error('yes')
print(repr(a), repr(ab), repr(h2))
for bad in ['NOPE', 1.5, None]:
    try:
        a.setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(a.level)
try:
    a.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
logging.addLevelName(25, 'NOTICE')
a.log(25, 'notice msg')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
f = logging.Filter('a.b')
print(f.filter(logging.makeLogRecord({'name': 'a.b.c'})),
      f.filter(logging.makeLogRecord({'name': 'a.bc'})),
      f.filter(logging.makeLogRecord({'name': 'a'})))
ab.addFilter(lambda r: 'secret' not in r.getMessage())
ab.error('secret stuff')
ab.error('public stuff')
'''

SCRIPTS['log_basicconfig'] = r'''
import logging, sys, os, tempfile
try:
    logging.basicConfig(stream=sys.stdout, filename='x.log')
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(bogus=1)
except ValueError as e:
    print('ValueError', e)
logging.root.handlers.clear()
try:
    logging.basicConfig(style='?')
except ValueError as e:
    print('ValueError', e)
d = tempfile.mkdtemp()
path = os.path.join(d, 'out.log')
logging.basicConfig(filename=path, filemode='w', level=logging.INFO,
                    format='%(levelname)s %(message)s', force=True)
logging.info('to file %d', 1)
logging.debug('filtered')
logging.basicConfig(level=logging.DEBUG)   # ignored: already configured
logging.debug('still filtered')
print(type(logging.root.handlers[0]).__name__,
      logging.root.handlers[0].baseFilename == path)
logging.basicConfig(stream=sys.stdout, format='%(message)s!', force=True)
logging.warning('to stdout')
print(open(path).read(), end='')
fh = logging.FileHandler(path, delay=True)
print(fh.stream)
logging.root.addHandler(fh)
logging.warning('appended')
fh.close()
print(open(path).read(), end='')
logging.shutdown()
'''

SCRIPTS['log_exc_info'] = r'''
import logging, sys
logging.basicConfig(format='%(levelname)s %(message)s', stream=sys.stdout)
log = logging.getLogger('e')
def inner():
    raise KeyError('k')
try:
    inner()
except KeyError as e:
    log.error('with exc_info', exc_info=True)
    log.warning('exc object', exc_info=e)
    logging.exception('module level')
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('v') from e
except ValueError:
    log.critical('chained', exc_info=sys.exc_info())
log.error('no exc', exc_info=False)
log.info('extra %(user)s', {'user': 'bob'})
logging.getLogger().setLevel(logging.INFO)
h = logging.root.handlers[0]
h.setFormatter(logging.Formatter('%(user)s: %(message)s'))
log.info('with extra', extra={'user': 'ann'})
try:
    log.info('bad', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(logging.Formatter('%(message)s'))
log.info('%d items', 'notanumber')
print('after logging error')
'''

SCRIPTS['log_stacklevel'] = r'''
import logging, sys
logging.basicConfig(format='%(funcName)s:%(lineno)d %(message)s',
                    stream=sys.stdout, level=logging.DEBUG)
def helper(msg):
    logging.info(msg, stacklevel=2)
def caller():
    helper('from caller')
caller()
def deep():
    logging.getLogger('z').warning('deep', stacklevel=50)
deep()
adapter = logging.LoggerAdapter(logging.getLogger('ad'), {'k': 1})
adapter.info('adapted %s', 'msg')
print(repr(adapter))
'''

SCRIPTS['log_warn_deprecated'] = r'''
import logging
log = logging.getLogger('w')
log.warn('old api %s', 1)
logging.warn('old module api')
'''

SCRIPTS['warn_basic'] = r'''
import warnings
warnings.warn('first')
for i in range(3):
    warnings.warn('loop warning')
warnings.warn('dep', DeprecationWarning)
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('rt', RuntimeWarning)
def f():
    warnings.warn('from f', UserWarning, stacklevel=2)
f()
f()
warnings.warn(FutureWarning('instance'))
try:
    warnings.warn('x', 'notaclass')
except TypeError as e:
    print('TypeError', e)
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'line src'))
warnings.showwarning('shown', RuntimeWarning, 'f.py', 3, line='  code  ')
'''

SCRIPTS['warn_filters'] = r'''
import warnings, sys
warnings.simplefilter('error')
try:
    warnings.warn('boom')
except UserWarning as e:
    print('raised', repr(e))
warnings.resetwarnings()
warnings.warn('after reset')
warnings.simplefilter('ignore', RuntimeWarning)
warnings.warn('ignored', RuntimeWarning)
warnings.warn('not ignored', UserWarning)
warnings.simplefilter('always')
for i in range(2):
    warnings.warn('always')
warnings.simplefilter('once')
for i in range(2):
    warnings.warn('once')
warnings.warn('once')
warnings.filterwarnings('ignore', message='spam')
warnings.warn('Spam and eggs')
warnings.warn('eggs')
warnings.filterwarnings('error', category=DeprecationWarning)
try:
    warnings.warn('dep', DeprecationWarning)
except DeprecationWarning as e:
    print('dep raised', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('rec1')
    warnings.warn('rec2', RuntimeWarning)
    print(len(w), [str(x.message) for x in w],
          [x.category.__name__ for x in w], w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('silenced')
warnings.warn('visible again', SyntaxWarning)
with warnings.catch_warnings(action='ignore'):
    warnings.warn('silenced 2')
def hook(message, category, filename, lineno, file=None, line=None):
    print('HOOK', message, category.__name__, lineno)
warnings.showwarning = hook
warnings.warn('hooked')
'''

SCRIPTS['tb_basic'] = r'''
import traceback, sys
def f():
    raise ValueError('bad value')
try:
    f()
except ValueError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s, end='')
    print(traceback.format_exception_only(sys.exc_info()[0], sys.exc_info()[1]))
    traceback.print_exception(*sys.exc_info())
    traceback.print_exc(file=sys.stdout)
    tb = sys.exc_info()[2]
    print(traceback.format_tb(tb))
    print([tuple(x) for x in traceback.extract_tb(tb)])
print(repr(traceback.format_exc()))
try:
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    err = e
print(''.join(traceback.format_exception(err)), end='')
print(''.join(traceback.format_exception(err, chain=False)), end='')
traceback.print_exception(err, file=sys.stdout)
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(None))
print(traceback.format_exception(ValueError, ValueError('no tb'), None))
e = SyntaxError('invalid syntax', ('x.py', 1, 5, 'a b c\n'))
print(traceback.format_exception_only(e))
def g():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack()[-1], end='')
    print([tuple(x)[2] for x in traceback.extract_stack()][-2:])
g()
try:
    traceback.print_exception(ValueError('x'), None)
except ValueError as e:
    print('ValueError', e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print('TypeError', e)
'''

SCRIPTS['atexit_basic'] = r'''
import atexit, sys
def bye(who, punct='!'):
    print('bye', who + punct)
atexit.register(bye, 'one')
atexit.register(bye, 'two', punct='?')
@atexit.register
def last():
    print('decorated')
def never():
    print('never')
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
def bad():
    raise ValueError('in handler')
atexit.register(bad)
try:
    atexit.register(3)
except TypeError as e:
    print('TypeError', e)
print('main done')
'''

SCRIPTS['uncaught'] = r'''
import logging
logging.basicConfig()
logging.getLogger('u').error('before crash')
def f():
    return 1 / 0
f()
'''
