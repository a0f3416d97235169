/**
 * The Java test harness: a small JUnit-like API in the default package, compiled together with the answer and the
 * task's tests (one javac call), and a reflection runner.
 *
 * The API (JUnit 5 naming, message last): `@Test`, `@Disabled("why")`, `@BeforeEach`, `@AfterEach`, and `Assert`
 * (alias `Assertions`) with assertEquals / assertNotEquals / assertArrayEquals / assertTrue / assertFalse /
 * assertNull / assertNotNull / assertSame / assertThrows / fail. The `assert` keyword is OFF (the JVM runs without
 * -ea, as in production Java): a test that uses `assert` checks nothing, so task tests must use Assert.
 *
 * `HarnessMain <test classes...>` reads the report marker from the first line of stdin (the run script feeds it
 * through a here-document, so it never appears on a command line or in a file), then replaces System.in with an empty
 * stream. It runs every `@Test` method (sorted by name) of each test class on a fresh instance and writes, on its own
 * stream over fd 1 (after flushing System.out/System.err), one marked JSON line per test and a final done line:
 *   {"event":"test","name":"SolutionTest.adds","outcome":"passed"|"failed"|"error"|"skipped","message"?:...}
 *   {"event":"done"}
 * An AssertionError is `failed`, any other throwable `error` (its message names it, e.g. OutOfMemoryError).
 * Residual risk, as in the Python harness: the answer runs in the harness's JVM and could find the marker by
 * reflection; it never reaches the answer through a file, argv or stdin.
 */
const JAVA_API_FILES: Record<string, string> = {
  'Test.java': String.raw`import java.lang.annotation.*;

/** Marks a test method (AIBaaS harness). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Test {}
`,
  'Disabled.java': String.raw`import java.lang.annotation.*;

/** Skips a test (reported as skipped, never passed). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Disabled {
  String value() default "";
}
`,
  'BeforeEach.java': String.raw`import java.lang.annotation.*;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BeforeEach {}
`,
  'AfterEach.java': String.raw`import java.lang.annotation.*;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterEach {}
`,
  'Executable.java': String.raw`/** A block of test code for Assert.assertThrows. */
@FunctionalInterface
public interface Executable {
  void execute() throws Throwable;
}
`,
  'Assertions.java': String.raw`/** JUnit 5's name for Assert. */
public class Assertions extends Assert {}
`,
  'Assert.java': String.raw`import java.util.Arrays;
import java.util.Objects;

/** Assertions of the AIBaaS Java harness (JUnit 5 style: the optional message comes last). */
public class Assert {
  protected Assert() {}

  private static String prefix(String message) {
    return message == null || message.isEmpty() ? "" : message + " ==> ";
  }

  private static String show(Object value) {
    if (value instanceof Object[]) return Arrays.deepToString((Object[]) value);
    if (value instanceof int[]) return Arrays.toString((int[]) value);
    if (value instanceof long[]) return Arrays.toString((long[]) value);
    if (value instanceof double[]) return Arrays.toString((double[]) value);
    if (value instanceof char[]) return Arrays.toString((char[]) value);
    if (value instanceof boolean[]) return Arrays.toString((boolean[]) value);
    if (value instanceof byte[]) return Arrays.toString((byte[]) value);
    if (value instanceof String) return "\"" + value + "\"";
    return String.valueOf(value);
  }

  private static AssertionError notEqual(Object expected, Object actual, String message) {
    return new AssertionError(prefix(message) + "expected: <" + show(expected) + "> but was: <" + show(actual) + ">");
  }

  public static void fail() { throw new AssertionError("failed"); }
  public static void fail(String message) { throw new AssertionError(message); }

  public static void assertTrue(boolean condition) { assertTrue(condition, null); }
  public static void assertTrue(boolean condition, String message) {
    if (!condition) throw new AssertionError(prefix(message) + "expected: <true> but was: <false>");
  }
  public static void assertFalse(boolean condition) { assertFalse(condition, null); }
  public static void assertFalse(boolean condition, String message) {
    if (condition) throw new AssertionError(prefix(message) + "expected: <false> but was: <true>");
  }

  public static void assertNull(Object actual) { assertNull(actual, null); }
  public static void assertNull(Object actual, String message) {
    if (actual != null) throw notEqual(null, actual, message);
  }
  public static void assertNotNull(Object actual) { assertNotNull(actual, null); }
  public static void assertNotNull(Object actual, String message) {
    if (actual == null) throw new AssertionError(prefix(message) + "expected: not <null>");
  }

  public static void assertSame(Object expected, Object actual) { assertSame(expected, actual, null); }
  public static void assertSame(Object expected, Object actual, String message) {
    if (expected != actual) throw notEqual(expected, actual, message);
  }

  public static void assertEquals(long expected, long actual) { assertEquals(expected, actual, (String) null); }
  public static void assertEquals(long expected, long actual, String message) {
    if (expected != actual) throw notEqual(expected, actual, message);
  }
  public static void assertEquals(int expected, int actual) { assertEquals((long) expected, (long) actual, (String) null); }
  public static void assertEquals(int expected, int actual, String message) { assertEquals((long) expected, (long) actual, message); }
  public static void assertEquals(char expected, char actual) { assertEquals(Character.valueOf(expected), Character.valueOf(actual), (String) null); }
  public static void assertEquals(char expected, char actual, String message) { assertEquals(Character.valueOf(expected), Character.valueOf(actual), message); }
  public static void assertEquals(boolean expected, boolean actual) { assertEquals(Boolean.valueOf(expected), Boolean.valueOf(actual), (String) null); }
  public static void assertEquals(double expected, double actual) { assertEquals(expected, actual, 0.0, null); }
  public static void assertEquals(double expected, double actual, double delta) { assertEquals(expected, actual, delta, null); }
  public static void assertEquals(double expected, double actual, double delta, String message) {
    if (Double.compare(expected, actual) == 0) return;
    if (!(Math.abs(expected - actual) <= delta)) throw notEqual(expected, actual, message);
  }
  public static void assertEquals(Object expected, Object actual) { assertEquals(expected, actual, (String) null); }
  public static void assertEquals(Object expected, Object actual, String message) {
    if (!Objects.deepEquals(expected, actual)) throw notEqual(expected, actual, message);
  }

  public static void assertNotEquals(Object unexpected, Object actual) { assertNotEquals(unexpected, actual, null); }
  public static void assertNotEquals(Object unexpected, Object actual, String message) {
    if (Objects.deepEquals(unexpected, actual)) throw new AssertionError(prefix(message) + "expected: not equal but was: <" + show(actual) + ">");
  }

  public static void assertArrayEquals(Object expected, Object actual) { assertArrayEquals(expected, actual, null); }
  public static void assertArrayEquals(Object expected, Object actual, String message) {
    if (!Objects.deepEquals(expected, actual)) throw notEqual(expected, actual, message);
  }

  public static <T extends Throwable> T assertThrows(Class<T> expectedType, Executable executable) {
    return assertThrows(expectedType, executable, null);
  }
  public static <T extends Throwable> T assertThrows(Class<T> expectedType, Executable executable, String message) {
    try {
      executable.execute();
    } catch (Throwable actual) {
      if (expectedType.isInstance(actual)) return expectedType.cast(actual);
      AssertionError error = new AssertionError(prefix(message) + "expected " + expectedType.getName() + " to be thrown, but " + actual + " was thrown");
      error.initCause(actual);
      throw error;
    }
    throw new AssertionError(prefix(message) + "expected " + expectedType.getName() + " to be thrown, but nothing was thrown");
  }
}
`,
  'HarnessMain.java': String.raw`import java.io.*;
import java.lang.reflect.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

/** The AIBaaS Java test runner (see java-harness.ts). */
public final class HarnessMain {
  private static final int MESSAGE_LIMIT = 2000;

  private HarnessMain() {}

  public static void main(String[] args) throws Exception {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    FileInputStream in = new FileInputStream(FileDescriptor.in);
    for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) line.write(b);
    final String marker = line.toString("UTF-8").trim();
    System.setIn(new ByteArrayInputStream(new byte[0]));
    final OutputStream report = new FileOutputStream(FileDescriptor.out);
    for (String className : args) runClass(className, marker, report);
    emit(marker, report, "{\"event\":\"done\"}");
    System.out.flush();
    System.exit(0);
  }

  private static void runClass(String className, String marker, OutputStream report) {
    Class<?> type;
    try {
      type = Class.forName(className, false, HarnessMain.class.getClassLoader());
    } catch (Throwable error) {
      emitTest(marker, report, className + " (load)", "error", describe(error));
      return;
    }
    List<Method> tests = new ArrayList<>();
    List<Method> before = new ArrayList<>();
    List<Method> after = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class)) tests.add(method);
      if (method.isAnnotationPresent(BeforeEach.class)) before.add(method);
      if (method.isAnnotationPresent(AfterEach.class)) after.add(method);
    }
    tests.sort(Comparator.comparing(Method::getName));
    Disabled classDisabled = type.getAnnotation(Disabled.class);
    for (Method method : tests) {
      String name = className + "." + method.getName();
      Disabled disabled = method.getAnnotation(Disabled.class);
      if (disabled == null) disabled = classDisabled;
      if (disabled != null) {
        emitTest(marker, report, name, "skipped", disabled.value().isEmpty() ? "disabled" : disabled.value());
        continue;
      }
      String[] result = runTest(type, method, before, after);
      emitTest(marker, report, name, result[0], result[1]);
    }
  }

  /** {outcome, message}. */
  private static String[] runTest(Class<?> type, Method method, List<Method> before, List<Method> after) {
    Throwable failure = null;
    try {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0) {
        return new String[] {"error", "a @Test method must be an instance method without parameters"};
      }
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      Object instance = constructor.newInstance();
      try {
        for (Method m : before) invoke(m, instance);
        invoke(method, instance);
      } finally {
        for (Method m : after) {
          try {
            invoke(m, instance);
          } catch (Throwable error) {
            if (failure == null) failure = error;
          }
        }
      }
    } catch (Throwable error) {
      failure = error;
    }
    if (failure == null) return new String[] {"passed", null};
    if (failure instanceof AssertionError) return new String[] {"failed", describe(failure)};
    return new String[] {"error", describe(failure)};
  }

  private static void invoke(Method method, Object instance) throws Throwable {
    method.setAccessible(true);
    try {
      method.invoke(instance);
    } catch (InvocationTargetException error) {
      throw error.getCause() == null ? error : error.getCause();
    }
  }

  private static String describe(Throwable error) {
    if (error instanceof InvocationTargetException && error.getCause() != null) error = error.getCause();
    StringBuilder text = new StringBuilder();
    try {
      text.append(error instanceof AssertionError ? String.valueOf(error.getMessage()) : error.toString());
      StackTraceElement[] frames = error.getStackTrace();
      int shown = 0;
      for (StackTraceElement frame : frames) {
        String cls = frame.getClassName();
        if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.") || cls.equals("HarnessMain") || cls.equals("Assert")) continue;
        text.append("\n\tat ").append(frame);
        if (++shown == 5) break;
      }
    } catch (Throwable ignored) {
      text.append(error.getClass().getName());
    }
    return text.length() <= MESSAGE_LIMIT ? text.toString() : text.substring(0, MESSAGE_LIMIT) + "...";
  }

  private static void emitTest(String marker, OutputStream report, String name, String outcome, String message) {
    StringBuilder json = new StringBuilder("{\"event\":\"test\",\"name\":").append(quote(name)).append(",\"outcome\":").append(quote(outcome));
    if (message != null && !message.isEmpty()) json.append(",\"message\":").append(quote(message));
    emit(marker, report, json.append('}').toString());
  }

  private static void emit(String marker, OutputStream report, String json) {
    System.out.flush();
    System.err.flush();
    try {
      report.write((marker + " " + json + "\n").getBytes(StandardCharsets.UTF_8));
      report.flush();
    } catch (IOException ignored) {
      // stdout is gone: the host sees no done line.
    }
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c == '\n') out.append("\\n");
      else if (c == '\t') out.append("\\t");
      else if (c == '\r') out.append("\\r");
      else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
`,
};

/** The harness's Java files, by path in the work directory (under `.aibaas/java/`). */
export function javaHarnessFiles(dir: string): { name: string; content: string }[] {
  return Object.entries(JAVA_API_FILES).map(([name, content]) => ({ name: `${dir}/${name}`, content }));
}

/**
 * The Java test script (`.aibaas/run.sh`). Arguments: the JVM flags and javac's -J flags, each as one word (split by
 * the shell), then the source files, a `--` and the test class names. It reads the report marker and deletes the nonce file before any
 * code of the answer is compiled or run, compiles everything with one javac (diagnostics to `.aibaas/build.log`),
 * reports `compiled` or `compile_error`, then replaces itself with the JVM running HarnessMain, feeding the marker on
 * stdin through a here-document (so no process keeps it on a command line).
 */
export const JAVA_TEST_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
flags=$1
javac_flags=$2
shift 2
sources=""
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do sources="$sources $1"; shift; done
shift
mkdir -p .aibaas/classes
# shellcheck disable=SC2086
javac $javac_flags -encoding UTF-8 -nowarn -Xmaxerrs 50 -d .aibaas/classes $sources < /dev/null > .aibaas/build.log 2>&1
code=$?
if [ "$code" -ne 0 ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
# shellcheck disable=SC2086
exec java $flags -cp .aibaas/classes HarnessMain "$@" <<EOF
$marker
EOF
`;

/**
 * The Java program script. Arguments: the JVM flags, javac's -J flags, the program file, its class. It compiles
 * the file and replaces itself with the JVM running the class (so stdin and the exit status are the program's).
 */
export const JAVA_PROGRAM_SCRIPT = String.raw`
marker=$(cat .aibaas/nonce) || exit 90
rm -f .aibaas/nonce
mkdir -p .aibaas/classes
# shellcheck disable=SC2086
javac $2 -encoding UTF-8 -nowarn -Xmaxerrs 50 -d .aibaas/classes "$3" < /dev/null > .aibaas/build.log 2>&1
code=$?
if [ "$code" -ne 0 ]; then
  printf '%s {"event":"compile_error","exitCode":%d}\n' "$marker" "$code"
  exit 0
fi
printf '%s {"event":"compiled"}\n' "$marker"
# shellcheck disable=SC2086
exec java $1 -cp .aibaas/classes "$4"
`;
