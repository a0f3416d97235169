import type { Language } from '../../src/core/index.js';
import type { ProgramStatus } from '../../src/sandbox/index.js';

/**
 * The attack programs of one language. Every program prints a fixed word the suite checks (`blocked`, `unreadable`,
 * `spawned`...), so a containment that works for the wrong reason (the program never ran) shows up as a failure.
 *
 * To cover a new language (e.g. java): write an AttackPrograms object with one program per attack (set `fileName`
 * when the language needs one, e.g. `Main.java`, and `memoryStatus` when its memory hog cannot be reported as
 * memory_limit), list it in ATTACKS below, give the language a uid offset in UID_OFFSETS (escape-suite.ts), and add
 * `test/escape/<language>.test.ts` containing `defineEscapeSuite('<language>')`. The toolchain comes from
 * createToolchains, so the language must be wired in src/sandbox/toolchains/registry.ts.
 */
export interface AttackPrograms {
  /** The file name runProgram should use (e.g. Main.java); default the language's own. */
  fileName?: string;
  infiniteLoop: string;
  /** Spawns processes without end. */
  forkBomb: string;
  /** Allocates (and touches) memory without end. */
  memoryHog: string;
  /** Writes `fill.bin` in the work directory without end. */
  diskFiller: string;
  /** Connects to 127.0.0.1:port; prints `connected` or `blocked ...`. */
  connect(port: number): string;
  /** Prints the file's content, or `unreadable ...`. */
  readFile(file: string): string;
  /** Prints its environment and that of pid 1 and of its parent. */
  printEnv: string;
  /** Writes the file; prints `written` or `blocked ...`. */
  writeFile(file: string): string;
  /** Leaves `sleep <seconds>` processes behind (setsid, nohup, double fork) and prints `spawned`. */
  background(seconds: string): string;
  /** SIGKILLs -1, pid 1 and its parent; prints `still here` if it survives. */
  killParent: string;
  /** What the memory hog is reported as, when not only `memory_limit`. */
  memoryStatus?: ProgramStatus[];
  /**
   * The four limit attacks (infiniteLoop, forkBomb, memoryHog, diskFiller) print `started` (flushed) before they
   * attack, and the suite checks it: a compile that overruns the limit would otherwise pass as a contained attack.
   */
  announcesStart?: boolean;
}

const py = (code: string) => `${code.trim()}\n`;

const pyStarted = "print('started', flush=True)\n";

const PYTHON: AttackPrograms = {
  announcesStart: true,
  infiniteLoop: `${pyStarted}while True:\n    pass\n`,
  forkBomb: `import os\n${pyStarted}while True:\n    os.fork()\n`,
  memoryHog: `${pyStarted}chunks = []\nwhile True:\n    chunks.append(b"x" * (64 * 1024 * 1024))\n`,
  diskFiller: `${pyStarted}with open('fill.bin', 'wb') as f:\n    while True:\n        f.write(b'x' * 1048576)\n        f.flush()\n`,
  connect: (port) => py(`
import socket
try:
    socket.create_connection(('127.0.0.1', ${port}), timeout=2).close()
    print('connected')
except OSError as error:
    print('blocked', error)
`),
  readFile: (file) => py(`
try:
    with open(${JSON.stringify(file)}) as handle:
        print(handle.read())
except OSError as error:
    print('unreadable', error)
`),
  printEnv: py(`
import os
for key, value in os.environ.items():
    print(key + '=' + value)
for pid in ('1', str(os.getppid())):
    try:
        with open('/proc/' + pid + '/environ', 'rb') as handle:
            print(pid, handle.read().decode('utf-8', 'replace'))
    except OSError as error:
        print('unreadable', pid, error)
`),
  writeFile: (file) => py(`
try:
    with open(${JSON.stringify(file)}, 'w') as handle:
        handle.write('escaped')
    print('written')
except OSError as error:
    print('blocked', error)
`),
  background: (seconds) => py(`
import os, subprocess
subprocess.Popen(['setsid', 'nohup', 'sleep', '${seconds}'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execvp('sleep', ['sleep', '${seconds}'])
    os._exit(0)
print('spawned', flush=True)
`),
  killParent: py(`
import os, signal
for target in (-1, 1, os.getppid()):
    try:
        os.kill(target, signal.SIGKILL)
    except OSError as error:
        print('refused', target, error)
print('still here')
`),
};

const rbStarted = "$stdout.sync = true\nputs 'started'\n";

const RUBY: AttackPrograms = {
  announcesStart: true,
  infiniteLoop: `${rbStarted}loop {}\n`,
  forkBomb: `${rbStarted}loop { fork }\n`,
  memoryHog: `${rbStarted}chunks = []\nloop { chunks << ('x' * (64 * 1024 * 1024)) }\n`,
  diskFiller: `${rbStarted}File.open('fill.bin', 'wb') do |f|\n  loop { f.write('x' * 1048576); f.flush }\nend\n`,
  connect: (port) => `require 'socket'
begin
  Socket.tcp('127.0.0.1', ${port}, connect_timeout: 2).close
  puts 'connected'
rescue SystemCallError, IOError, SocketError => e
  puts "blocked #{e.class}"
end
`,
  readFile: (file) => `begin
  puts File.read(${JSON.stringify(file)})
rescue SystemCallError => e
  puts "unreadable #{e.class}"
end
`,
  printEnv: `ENV.each { |k, v| puts "#{k}=#{v}" }
['1', Process.ppid.to_s].each do |pid|
  begin
    puts "#{pid} #{File.binread("/proc/#{pid}/environ")}"
  rescue SystemCallError => e
    puts "unreadable #{pid} #{e.class}"
  end
end
`,
  writeFile: (file) => `begin
  File.write(${JSON.stringify(file)}, 'escaped')
  puts 'written'
rescue SystemCallError => e
  puts "blocked #{e.class}"
end
`,
  background: (seconds) => `pid = spawn('setsid', 'nohup', 'sleep', '${seconds}', [:out, :err] => File::NULL, pgroup: true)
Process.detach(pid)
fork do
  Process.setsid
  fork { exec('sleep', '${seconds}') }
  exit!(0)
end
puts 'spawned'
`,
  killParent: `[-1, 1, Process.ppid].each do |target|
  begin
    Process.kill(:KILL, target)
  rescue SystemCallError => e
    puts "refused #{target} #{e.class}"
  end
end
puts 'still here'
`,
};

const GO: AttackPrograms = {
  // memory_limit where the sandbox has the cgroup memory mode (root, cgroup v1). Without it Go falls back to the
  // `runtime` mode (GOMEMLIMIT is soft; RLIMIT_AS is memoryBytes + 4 GiB) and the hog may hit the wall-clock limit first.
  memoryStatus: ['memory_limit', 'timeout'],
  announcesStart: true,
  infiniteLoop: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("started")\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n',
  forkBomb: `package main

import (
	"fmt"
	"os"
	"syscall"
)

// Every copy starts copies until a start fails at the process limit; the first then exits (runtime_error).
func main() {
	fmt.Println("started")
	for {
		if _, err := syscall.ForkExec("/proc/self/exe", []string{"bomb"}, &syscall.ProcAttr{Files: []uintptr{0, 1, 2}}); err != nil {
			os.Exit(1)
		}
	}
}
`,
  memoryHog: `package main

import "fmt"

func main() {
	fmt.Println("started")
	var chunks [][]byte
	for {
		b := make([]byte, 64<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		chunks = append(chunks, b)
	}
}
`,
  diskFiller: `package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("started")
	f, err := os.Create("fill.bin")
	if err != nil {
		panic(err)
	}
	chunk := make([]byte, 1<<20)
	for {
		if _, err := f.Write(chunk); err != nil {
			panic(err)
		}
	}
}
`,
  connect: (port) => `package main

import (
	"fmt"
	"net"
	"time"
)

func main() {
	conn, err := net.DialTimeout("tcp", "127.0.0.1:${port}", 2*time.Second)
	if err != nil {
		fmt.Println("blocked", err)
		return
	}
	conn.Close()
	fmt.Println("connected")
}
`,
  readFile: (file) => `package main

import (
	"fmt"
	"os"
)

func main() {
	data, err := os.ReadFile(${JSON.stringify(file)})
	if err != nil {
		fmt.Println("unreadable", err)
		return
	}
	fmt.Println(string(data))
}
`,
  printEnv: `package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	for _, kv := range os.Environ() {
		fmt.Println(kv)
	}
	for _, pid := range []string{"1", strconv.Itoa(os.Getppid())} {
		data, err := os.ReadFile("/proc/" + pid + "/environ")
		if err != nil {
			fmt.Println("unreadable", pid, err)
			continue
		}
		fmt.Println(pid, string(data))
	}
}
`,
  writeFile: (file) => `package main

import (
	"fmt"
	"os"
)

func main() {
	if err := os.WriteFile(${JSON.stringify(file)}, []byte("escaped"), 0o644); err != nil {
		fmt.Println("blocked", err)
		return
	}
	fmt.Println("written")
}
`,
  background: (seconds) => `package main

import (
	"fmt"
	"os/exec"
	"syscall"
)

func main() {
	a := exec.Command("setsid", "nohup", "sleep", "${seconds}")
	a.Start()
	b := exec.Command("sleep", "${seconds}")
	b.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	b.Start()
	fmt.Println("spawned")
}
`,
  killParent: `package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	for _, target := range []int{-1, 1, os.Getppid()} {
		if err := syscall.Kill(target, syscall.SIGKILL); err != nil {
			fmt.Println("refused", target, err)
		}
	}
	fmt.Println("still here")
}
`,
};

const RUST: AttackPrograms = {
  // As for Go: memory_limit with the cgroup memory mode, possibly timeout in the `runtime` fallback.
  memoryStatus: ['memory_limit', 'timeout'],
  announcesStart: true,
  infiniteLoop: 'fn main() {\n    println!("started");\n    loop {}\n}\n',
  forkBomb: 'use std::process::Command;\n\nfn main() {\n    println!("started");\n    loop {\n        if Command::new("/proc/self/exe").spawn().is_err() {\n            std::process::exit(1);\n        }\n    }\n}\n',
  memoryHog: 'fn main() {\n    println!("started");\n    let mut chunks: Vec<Vec<u8>> = Vec::new();\n    loop {\n        chunks.push(vec![1u8; 64 << 20]);\n    }\n}\n',
  diskFiller: 'use std::io::Write;\n\nfn main() {\n    println!("started");\n    let mut f = std::fs::File::create("fill.bin").unwrap();\n    let chunk = vec![b\'x\'; 1 << 20];\n    loop {\n        f.write_all(&chunk).unwrap();\n    }\n}\n',
  connect: (port) => `use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

fn main() {
    let addr: SocketAddr = "127.0.0.1:${port}".parse().unwrap();
    match TcpStream::connect_timeout(&addr, Duration::from_secs(2)) {
        Ok(_) => println!("connected"),
        Err(error) => println!("blocked {}", error),
    }
}
`,
  readFile: (file) => `fn main() {
    match std::fs::read_to_string(${JSON.stringify(file)}) {
        Ok(text) => println!("{}", text),
        Err(error) => println!("unreadable {}", error),
    }
}
`,
  printEnv: `fn main() {
    for (key, value) in std::env::vars() {
        println!("{}={}", key, value);
    }
    let parent = std::os::unix::process::parent_id().to_string();
    for pid in ["1", parent.as_str()] {
        match std::fs::read(format!("/proc/{}/environ", pid)) {
            Ok(data) => println!("{} {}", pid, String::from_utf8_lossy(&data)),
            Err(error) => println!("unreadable {} {}", pid, error),
        }
    }
}
`,
  writeFile: (file) => `fn main() {
    match std::fs::write(${JSON.stringify(file)}, "escaped") {
        Ok(()) => println!("written"),
        Err(error) => println!("blocked {}", error),
    }
}
`,
  background: (seconds) => `use std::process::{Command, Stdio};

fn main() {
    let _ = Command::new("setsid").args(["nohup", "sleep", "${seconds}"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
    let _ = Command::new("setsid").args(["sleep", "${seconds}"]).spawn();
    println!("spawned");
}
`,
  killParent: `extern "C" {
    fn kill(pid: i32, sig: i32) -> i32;
}

fn main() {
    let parent = std::os::unix::process::parent_id() as i32;
    for target in [-1, 1, parent] {
        if unsafe { kill(target, 9) } != 0 {
            println!("refused {} {}", target, std::io::Error::last_os_error());
        }
    }
    println!("still here");
}
`,
};

const TYPESCRIPT: AttackPrograms = {
  // V8 stops at --max-old-space-size (the memory limit) with "JavaScript heap out of memory": memory_limit.
  announcesStart: true,
  infiniteLoop: "console.log('started');\nlet n = 0;\nfor (;;) {\n  n++;\n}\n",
  // Every copy spawns another every millisecond; the first exits (runtime_error) when a spawn fails at the limit.
  forkBomb: `import { spawn } from 'node:child_process';

console.log('started');
setInterval(() => {
  try {
    spawn(process.execPath, [process.argv[1] ?? ''], { stdio: 'ignore' }).on('error', () => process.exit(1));
  } catch {
    process.exit(1);
  }
}, 1);
`,
  memoryHog: "console.log('started');\nconst chunks: number[][] = [];\nfor (;;) {\n  chunks.push(new Array<number>(1_000_000).fill(1.5));\n}\n",
  diskFiller: `import { openSync, writeSync } from 'node:fs';

console.log('started');
const fd = openSync('fill.bin', 'w');
const chunk = Buffer.alloc(1 << 20, 120);
for (;;) {
  writeSync(fd, chunk);
}
`,
  connect: (port) => `import { connect } from 'node:net';

const socket = connect({ host: '127.0.0.1', port: ${port}, timeout: 2000 });
socket.on('connect', () => {
  console.log('connected');
  socket.destroy();
});
socket.on('timeout', () => {
  console.log('blocked timeout');
  socket.destroy();
});
socket.on('error', (error) => {
  console.log('blocked', error.message);
});
`,
  readFile: (file) => `import { readFileSync } from 'node:fs';

try {
  console.log(readFileSync(${JSON.stringify(file)}, 'utf8'));
} catch (error) {
  console.log('unreadable', String(error));
}
`,
  printEnv: `import { readFileSync } from 'node:fs';

for (const [key, value] of Object.entries(process.env)) console.log(key + '=' + (value ?? ''));
for (const pid of ['1', String(process.ppid)]) {
  try {
    console.log(pid, readFileSync('/proc/' + pid + '/environ', 'latin1'));
  } catch (error) {
    console.log('unreadable', pid, String(error));
  }
}
`,
  writeFile: (file) => `import { writeFileSync } from 'node:fs';

try {
  writeFileSync(${JSON.stringify(file)}, 'escaped');
  console.log('written');
} catch (error) {
  console.log('blocked', String(error));
}
`,
  background: (seconds) => `import { spawn } from 'node:child_process';

spawn('setsid', ['nohup', 'sleep', '${seconds}'], { detached: true, stdio: 'ignore' }).unref();
spawn('sh', ['-c', '(setsid sleep ${seconds} &) &'], { detached: true, stdio: 'ignore' }).unref();
console.log('spawned');
`,
  killParent: `for (const target of [-1, 1, process.ppid]) {
  try {
    process.kill(target, 'SIGKILL');
  } catch (error) {
    console.log('refused', target, String(error));
  }
}
console.log('still here');
`,
};

/** A Java program: `body` is the content of `public class Main` (JDK 17, standard library only). */
const java = (imports: string, body: string) => `${imports.trim()}\n\npublic class Main {\n${body.replace(/^\n+|\s+$/g, '')}\n}\n`.replace(/^\n+/, '');

const JAVA: AttackPrograms = {
  fileName: 'Main.java',
  // Java runs in the cgroup memory mode with -Xmx at 75% of the limit: the heap fills before the cgroup's limit, and
  // the JVM exits with code 1 on the uncaught OutOfMemoryError. That is memory_limit all the same: the sandbox reads
  // "OutOfMemoryError" at the end of stderr as a failed allocation (exec-status.ts), and a cgroup OOM kill is
  // memory_limit too. Observed: memory_limit after ~1.3 s.
  memoryStatus: ['memory_limit'],
  announcesStart: true,
  infiniteLoop: java('', `
    public static void main(String[] args) {
        System.out.println("started");
        System.out.flush();
        long n = 0;
        while (true) {
            n++;
        }
    }
`),
  forkBomb: java('import java.io.IOException;', `
    public static void main(String[] args) {
        System.out.println("started");
        System.out.flush();
        while (true) {
            try {
                new ProcessBuilder("sh", "-c", "f() { f | f & }; f").start();
            } catch (IOException error) {
                // Out of processes: keep trying.
            }
        }
    }
`),
  memoryHog: java('import java.util.ArrayList;\nimport java.util.List;', `
    public static void main(String[] args) {
        System.out.println("started");
        System.out.flush();
        List<byte[]> chunks = new ArrayList<>();
        while (true) {
            byte[] chunk = new byte[64 * 1024 * 1024];
            for (int i = 0; i < chunk.length; i += 4096) {
                chunk[i] = 1;
            }
            chunks.add(chunk);
        }
    }
`),
  diskFiller: java('import java.io.FileOutputStream;\nimport java.io.IOException;', `
    public static void main(String[] args) throws IOException {
        System.out.println("started");
        System.out.flush();
        byte[] chunk = new byte[1 << 20];
        try (FileOutputStream out = new FileOutputStream("fill.bin")) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        }
    }
`),
  connect: (port) => java('import java.io.IOException;\nimport java.net.InetSocketAddress;\nimport java.net.Socket;', `
    public static void main(String[] args) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", ${port}), 2000);
            System.out.println("connected");
        } catch (IOException error) {
            System.out.println("blocked " + error);
        }
    }
`),
  readFile: (file) => java('import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;', `
    public static void main(String[] args) {
        try {
            System.out.println(Files.readString(Path.of(${JSON.stringify(file)})));
        } catch (IOException error) {
            System.out.println("unreadable " + error);
        }
    }
`),
  printEnv: java('import java.io.IOException;\nimport java.nio.charset.StandardCharsets;\nimport java.nio.file.Files;\nimport java.nio.file.Path;\nimport java.util.Map;', `
    public static void main(String[] args) {
        for (Map.Entry<String, String> entry : System.getenv().entrySet()) {
            System.out.println(entry.getKey() + "=" + entry.getValue());
        }
        String parent = String.valueOf(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        for (String pid : new String[] {"1", parent}) {
            try {
                System.out.println(pid + " " + new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")), StandardCharsets.UTF_8));
            } catch (IOException error) {
                System.out.println("unreadable " + pid + " " + error);
            }
        }
    }
`),
  writeFile: (file) => java('import java.io.IOException;\nimport java.nio.file.Files;\nimport java.nio.file.Path;', `
    public static void main(String[] args) {
        try {
            Files.writeString(Path.of(${JSON.stringify(file)}), "escaped");
            System.out.println("written");
        } catch (IOException error) {
            System.out.println("blocked " + error);
        }
    }
`),
  background: (seconds) => java('import java.io.IOException;', `
    public static void main(String[] args) throws IOException {
        new ProcessBuilder("setsid", "nohup", "sleep", "${seconds}").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // A double fork through the shell: the sleep's parent exits at once.
        new ProcessBuilder("sh", "-c", "setsid sh -c 'sleep ${seconds} &' &").start();
        System.out.println("spawned");
    }
`),
  // Java has no kill(2): ProcessHandle.destroyForcibly sends SIGKILL (it refuses the current process only).
  killParent: java('import java.util.Optional;', `
    public static void main(String[] args) {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        for (Optional<ProcessHandle> target : java.util.List.of(ProcessHandle.of(1), parent)) {
            if (target.isEmpty()) {
                System.out.println("refused: not visible");
                continue;
            }
            try {
                boolean sent = target.get().destroyForcibly();
                System.out.println((sent ? "sent " : "refused ") + target.get().pid());
            } catch (RuntimeException error) {
                System.out.println("refused " + error);
            }
        }
        try {
            new ProcessBuilder("kill", "-9", "-1").inheritIO().start().waitFor();
        } catch (Exception error) {
            System.out.println("refused -1 " + error);
        }
        System.out.println("still here");
    }
`),
};

/** A C# program (C# 7, Mono 6.8): `body` is the content of `class Program`. */
const cs = (body: string) => `using System;\nusing System.Collections.Generic;\nusing System.Diagnostics;\nusing System.IO;\n\nclass Program\n{\n${body.replace(/^\n+|\s+$/g, '')}\n}\n`;

/** Starts `file` with `args` (no shell, output not redirected). */
const csStart = `
    static Process Start(string file, string args)
    {
        return Process.Start(new ProcessStartInfo(file, args) { UseShellExecute = false });
    }
`;

/** The parent's pid, from /proc/self/stat (the BCL has no getppid). */
const csParent = `
    static int ParentPid()
    {
        string stat = File.ReadAllText("/proc/self/stat");
        return int.Parse(stat.Substring(stat.LastIndexOf(')') + 2).Split(' ')[1]);
    }
`;

const CSHARP: AttackPrograms = {
  fileName: 'Program.cs',
  // C# runs in the cgroup memory mode with MONO_GC_PARAMS=max-heap-size below the limit: the heap fills first, and
  // mono exits with code 1 on the unhandled OutOfMemoryException, which the sandbox reads as memory_limit
  // (exec-status.ts); a cgroup OOM kill (memory outside the managed heap) is memory_limit too.
  announcesStart: true,
  infiniteLoop: cs(`
    static void Main()
    {
        Console.WriteLine("started");
        Console.Out.Flush();
        long n = 0;
        while (true)
        {
            n++;
        }
    }
`),
  forkBomb: cs(`${csStart}
    static void Main()
    {
        Console.WriteLine("started");
        Console.Out.Flush();
        while (true)
        {
            try
            {
                Start("sh", "-c \\"f() { f | f & }; f\\"");
            }
            catch (Exception)
            {
                // Out of processes: keep trying.
            }
        }
    }
`),
  memoryHog: cs(`
    static void Main()
    {
        Console.WriteLine("started");
        Console.Out.Flush();
        var chunks = new List<byte[]>();
        while (true)
        {
            var chunk = new byte[64 * 1024 * 1024];
            for (int i = 0; i < chunk.Length; i += 4096)
            {
                chunk[i] = 1;
            }
            chunks.Add(chunk);
        }
    }
`),
  diskFiller: cs(`
    static void Main()
    {
        Console.WriteLine("started");
        Console.Out.Flush();
        var chunk = new byte[1 << 20];
        using (var output = new FileStream("fill.bin", FileMode.Create))
        {
            while (true)
            {
                output.Write(chunk, 0, chunk.Length);
                output.Flush();
            }
        }
    }
`),
  connect: (port) => cs(`
    static void Main()
    {
        try
        {
            using (var client = new System.Net.Sockets.TcpClient())
            {
                if (!client.ConnectAsync("127.0.0.1", ${port}).Wait(2000))
                {
                    Console.WriteLine("blocked timeout");
                    return;
                }
                Console.WriteLine("connected");
            }
        }
        catch (Exception error)
        {
            Console.WriteLine("blocked " + (error.InnerException ?? error).Message);
        }
    }
`),
  readFile: (file) => cs(`
    static void Main()
    {
        try
        {
            Console.WriteLine(File.ReadAllText(${JSON.stringify(file)}));
        }
        catch (Exception error)
        {
            Console.WriteLine("unreadable " + error.GetType().Name + " " + error.Message);
        }
    }
`),
  printEnv: cs(`${csParent}
    static void Main()
    {
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            Console.WriteLine(entry.Key + "=" + entry.Value);
        }
        foreach (var pid in new[] { "1", ParentPid().ToString() })
        {
            try
            {
                Console.WriteLine(pid + " " + File.ReadAllText("/proc/" + pid + "/environ"));
            }
            catch (Exception error)
            {
                Console.WriteLine("unreadable " + pid + " " + error.GetType().Name);
            }
        }
    }
`),
  writeFile: (file) => cs(`
    static void Main()
    {
        try
        {
            File.WriteAllText(${JSON.stringify(file)}, "escaped");
            Console.WriteLine("written");
        }
        catch (Exception error)
        {
            Console.WriteLine("blocked " + error.GetType().Name + " " + error.Message);
        }
    }
`),
  background: (seconds) => cs(`${csStart}
    static void Main()
    {
        Start("setsid", "nohup sleep ${seconds}");
        // A double fork through the shell: the sleep's parent exits at once.
        Start("sh", "-c \\"setsid sh -c 'sleep ${seconds} &' &\\"");
        Console.WriteLine("spawned");
    }
`),
  // The BCL has no kill(2) (Mono.Posix is not referenced): Process.Kill sends SIGKILL to pid 1 and the parent, and
  // kill(1) does -1.
  killParent: cs(`${csStart}${csParent}
    static void Main()
    {
        foreach (var pid in new[] { 1, ParentPid() })
        {
            try
            {
                Process.GetProcessById(pid).Kill();
                Console.WriteLine("sent " + pid);
            }
            catch (Exception error)
            {
                Console.WriteLine("refused " + pid + " " + error.GetType().Name);
            }
        }
        try
        {
            Start("kill", "-9 -1").WaitForExit();
        }
        catch (Exception error)
        {
            Console.WriteLine("refused -1 " + error.GetType().Name);
        }
        Console.WriteLine("still here");
    }
`),
};

export const ATTACKS: Partial<Record<Language, AttackPrograms>> = { python: PYTHON, typescript: TYPESCRIPT, ruby: RUBY, go: GO, rust: RUST, java: JAVA, csharp: CSHARP };
