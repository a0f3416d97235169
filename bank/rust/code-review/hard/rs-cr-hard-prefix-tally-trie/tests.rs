#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use std::collections::HashMap;

    #[test]
    fn case_01() {
        let expected: Vec<i64> = vec![3, 2, 2, 0];
        assert_eq!(prefix_tally(vec!["add car".to_string(), "add cart".to_string(), "add cat".to_string(), "count ca".to_string(), "count car".to_string(), "distinct car".to_string(), "count dog".to_string()]), expected);
    }

    #[test]
    fn case_02() {
        let expected: Vec<i64> = vec![3, 2, 2, 2, 1, 1];
        assert_eq!(prefix_tally(vec!["add a".to_string(), "add a".to_string(), "add ab".to_string(), "count a".to_string(), "distinct a".to_string(), "del a".to_string(), "count a".to_string(), "distinct a".to_string(), "del a".to_string(), "distinct a".to_string(), "count a".to_string()]), expected);
    }

    #[test]
    fn case_03() {
        let expected: Vec<i64> = vec![1];
        assert_eq!(prefix_tally(vec!["del x".to_string(), "add x".to_string(), "del y".to_string(), "count x".to_string()]), expected);
    }

    #[test]
    fn case_04() {
        let expected: Vec<i64> = vec![0, 1];
        assert_eq!(prefix_tally(vec!["add go".to_string(), "count gopher".to_string(), "count g".to_string()]), expected);
    }

    #[test]
    fn case_05() {
        let expected: Vec<i64> = vec![];
        assert_eq!(prefix_tally(vec![]), expected);
    }

    #[test]
    fn case_06() {
        let expected: Vec<i64> = vec![1, 1];
        assert_eq!(prefix_tally(vec!["add apple".to_string(), "del app".to_string(), "count app".to_string(), "distinct apple".to_string()]), expected);
    }

    #[test]
    fn case_07() {
        let expected: Vec<i64> = vec![0, 2, 1];
        assert_eq!(prefix_tally(vec!["add tea".to_string(), "del tea".to_string(), "count t".to_string(), "add tea".to_string(), "add ten".to_string(), "distinct te".to_string(), "count tea".to_string()]), expected);
    }

    #[test]
    fn case_08() {
        let expected: Vec<i64> = vec![3, 2, 1, 1];
        assert_eq!(prefix_tally(vec!["add in".to_string(), "add inn".to_string(), "add inner".to_string(), "count in".to_string(), "count inn".to_string(), "count inne".to_string(), "distinct inner".to_string()]), expected);
    }

    #[test]
    fn case_09() {
        let expected: Vec<i64> = vec![1, 2, 0, 0];
        assert_eq!(prefix_tally(vec!["add zz".to_string(), "add zz".to_string(), "add zz".to_string(), "del zz".to_string(), "distinct z".to_string(), "count zz".to_string(), "del zz".to_string(), "del zz".to_string(), "del zz".to_string(), "count z".to_string(), "distinct zz".to_string()]), expected);
    }

    #[test]
    fn case_10() {
        let expected: Vec<i64> = vec![0, 0, 1, 1, 0, 0, 0, 3, 5, 2, 0, 5, 2, 2];
        assert_eq!(prefix_tally(vec!["add baa".to_string(), "add a".to_string(), "count aba".to_string(), "add aaa".to_string(), "add bb".to_string(), "distinct ab".to_string(), "del b".to_string(), "add bb".to_string(), "count ba".to_string(), "del bba".to_string(), "distinct baa".to_string(), "add a".to_string(), "count bba".to_string(), "add ab".to_string(), "distinct aab".to_string(), "distinct abb".to_string(), "distinct a".to_string(), "del b".to_string(), "add a".to_string(), "del aab".to_string(), "del abb".to_string(), "add ba".to_string(), "add bb".to_string(), "add a".to_string(), "add b".to_string(), "add b".to_string(), "del ab".to_string(), "del abb".to_string(), "add bbb".to_string(), "del ab".to_string(), "add bb".to_string(), "add bb".to_string(), "distinct b".to_string(), "add aaa".to_string(), "distinct a".to_string(), "add b".to_string(), "distinct bab".to_string(), "distinct b".to_string(), "count ba".to_string(), "count aaa".to_string()]), expected);
    }
}
