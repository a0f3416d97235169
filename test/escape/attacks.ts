import type { Language } from '../../src/core/index.js';
import type { ProgramStatus } from '../../src/sandbox/index.js';

/**
 * The attack programs of one language. Every program prints a fixed word the suite checks (`blocked`, `unreadable`,
 * `spawned`...), so a containment that works for the wrong reason (the program never ran) shows up as a failure.
 * To cover a new language, add an entry to ATTACKS and a test file that calls defineEscapeSuite with it.
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
}

const py = (code: string) => `${code.trim()}\n`;

const PYTHON: AttackPrograms = {
  infiniteLoop: 'while True:\n    pass\n',
  forkBomb: 'import os\nwhile True:\n    os.fork()\n',
  memoryHog: 'chunks = []\nwhile True:\n    chunks.append(b"x" * (64 * 1024 * 1024))\n',
  diskFiller: "with open('fill.bin', 'wb') as f:\n    while True:\n        f.write(b'x' * 1048576)\n        f.flush()\n",
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

const RUBY: AttackPrograms = {
  infiniteLoop: 'loop {}\n',
  forkBomb: 'loop { fork }\n',
  memoryHog: "chunks = []\nloop { chunks << ('x' * (64 * 1024 * 1024)) }\n",
  diskFiller: "File.open('fill.bin', 'wb') do |f|\n  loop { f.write('x' * 1048576); f.flush }\nend\n",
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
  infiniteLoop: 'package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n',
  forkBomb: `package main

import "syscall"

func main() {
	for {
		syscall.ForkExec("/proc/self/exe", []string{"bomb"}, &syscall.ProcAttr{Files: []uintptr{0, 1, 2}})
	}
}
`,
  memoryHog: `package main

func main() {
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

import "os"

func main() {
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
  infiniteLoop: 'fn main() {\n    loop {}\n}\n',
  forkBomb: 'use std::process::Command;\n\nfn main() {\n    loop {\n        let _ = Command::new("/proc/self/exe").spawn();\n    }\n}\n',
  memoryHog: 'fn main() {\n    let mut chunks: Vec<Vec<u8>> = Vec::new();\n    loop {\n        chunks.push(vec![1u8; 64 << 20]);\n    }\n}\n',
  diskFiller: 'use std::io::Write;\n\nfn main() {\n    let mut f = std::fs::File::create("fill.bin").unwrap();\n    let chunk = vec![b\'x\'; 1 << 20];\n    loop {\n        f.write_all(&chunk).unwrap();\n    }\n}\n',
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

export const ATTACKS: Partial<Record<Language, AttackPrograms>> = { python: PYTHON, ruby: RUBY, go: GO, rust: RUST };
