#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<String> = vec!["0:boot".to_string(), "1:login".to_string(), "0:ready".to_string(), "1:logout".to_string()];
        assert_eq!(merge_streams(vec![vec!["1 boot".to_string(), "5 ready".to_string()], vec!["2 login".to_string(), "5 logout".to_string()]]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<String> = vec![];
        assert_eq!(merge_streams(vec![]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<String> = vec![];
        assert_eq!(merge_streams(vec![vec![], vec![]]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<String> = vec!["2:a".to_string(), "0:c".to_string(), "2:b".to_string()];
        assert_eq!(merge_streams(vec![vec!["3 c".to_string()], vec![], vec!["1 a".to_string(), "3 b".to_string()]]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<String> = vec!["0:x".to_string(), "0:y".to_string(), "1:z".to_string()];
        assert_eq!(merge_streams(vec![vec!["4 x".to_string(), "4 y".to_string()], vec!["4 z".to_string()]]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<String> = vec!["1:fan speed up".to_string(), "0:disk full warning".to_string()];
        assert_eq!(merge_streams(vec![vec!["10 disk full warning".to_string()], vec!["9 fan speed up".to_string()]]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<String> = vec!["0:nine".to_string(), "1:ten".to_string()];
        assert_eq!(merge_streams(vec![vec!["9 nine".to_string()], vec!["10 ten".to_string()]]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<String> = vec!["1:nine".to_string(), "0:ten".to_string()];
        assert_eq!(merge_streams(vec![vec!["10 ten".to_string()], vec!["9 nine".to_string()]]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<String> = vec!["0:start".to_string()];
        assert_eq!(merge_streams(vec![vec!["0 start".to_string()]]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<String> = vec!["1:a".to_string(), "0:b".to_string(), "0:c".to_string(), "1:d".to_string(), "1:e".to_string(), "2:f".to_string()];
        assert_eq!(merge_streams(vec![vec!["2 b".to_string(), "2 c".to_string()], vec!["1 a".to_string(), "2 d".to_string(), "2 e".to_string()], vec!["2 f".to_string()]]), expected);
    }

    #[test]
    fn case_11() {
        let expected: Vec<String> = vec!["0:s0e0".to_string(), "4:s4e0".to_string(), "5:s5e0".to_string(), "9:s9e1".to_string(), "8:s8e2".to_string(), "4:s4e4".to_string(), "7:s7e4".to_string(), "9:s9e5".to_string(), "4:s4e7".to_string(), "3:s3e8".to_string(), "5:s5e8".to_string(), "6:s6e8".to_string(), "11:s11e8".to_string(), "7:s7e10".to_string(), "2:s2e12".to_string(), "6:s6e13".to_string(), "6:s6e15".to_string(), "11:s11e16".to_string(), "0:s0e17".to_string(), "1:s1e17".to_string(), "2:s2e17".to_string(), "5:s5e17".to_string(), "9:s9e17".to_string(), "8:s8e18".to_string(), "7:s7e20".to_string(), "10:s10e20".to_string(), "0:s0e21".to_string(), "2:s2e21".to_string(), "1:s1e22".to_string(), "3:s3e25".to_string(), "8:s8e26".to_string(), "10:s10e26".to_string(), "11:s11e26".to_string(), "10:s10e27".to_string(), "3:s3e28".to_string(), "1:s1e29".to_string()];
        assert_eq!(merge_streams(vec![vec!["0 s0e0".to_string(), "17 s0e17".to_string(), "21 s0e21".to_string()], vec!["17 s1e17".to_string(), "22 s1e22".to_string(), "29 s1e29".to_string()], vec!["12 s2e12".to_string(), "17 s2e17".to_string(), "21 s2e21".to_string()], vec!["8 s3e8".to_string(), "25 s3e25".to_string(), "28 s3e28".to_string()], vec!["0 s4e0".to_string(), "4 s4e4".to_string(), "7 s4e7".to_string()], vec!["0 s5e0".to_string(), "8 s5e8".to_string(), "17 s5e17".to_string()], vec!["8 s6e8".to_string(), "13 s6e13".to_string(), "15 s6e15".to_string()], vec!["4 s7e4".to_string(), "10 s7e10".to_string(), "20 s7e20".to_string()], vec!["2 s8e2".to_string(), "18 s8e18".to_string(), "26 s8e26".to_string()], vec!["1 s9e1".to_string(), "5 s9e5".to_string(), "17 s9e17".to_string()], vec!["20 s10e20".to_string(), "26 s10e26".to_string(), "27 s10e27".to_string()], vec!["8 s11e8".to_string(), "16 s11e16".to_string(), "26 s11e26".to_string()]]), expected);
    }

    #[test]
    fn case_12() {
        let expected: Vec<String> = vec!["1:ev0".to_string(), "3:ev0".to_string(), "0:ev0".to_string(), "0:ev1".to_string(), "1:ev1".to_string()];
        assert_eq!(merge_streams(vec![vec!["4 ev0".to_string(), "5 ev1".to_string()], vec!["0 ev0".to_string(), "5 ev1".to_string()], vec![], vec!["3 ev0".to_string()]]), expected);
    }
}
