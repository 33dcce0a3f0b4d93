"""CSV import: good files load exactly; every bad one is refused with its line and column."""
import numpy as np
import pytest

from nnviz.data import CsvData, CsvError, load_csv

GOOD = """petal length,petal width,species
1.4,0.2,setosa
4.7,1.4,versicolor
1.3,0.2,setosa
5.0,1.7,virginica
4.5,1.5,versicolor
6.0,2.5,virginica
"""


def test_header_and_string_labels_load_exactly():
    data = load_csv(GOOD)
    assert isinstance(data, CsvData)
    np.testing.assert_array_equal(data.x, [[1.4, 0.2], [4.7, 1.4], [1.3, 0.2], [5.0, 1.7],
                                           [4.5, 1.5], [6.0, 2.5]])
    assert data.x.dtype == np.float64 and data.y.dtype == np.int64
    assert data.y.tolist() == [0, 1, 0, 2, 1, 2]
    assert data.class_names == ("setosa", "versicolor", "virginica")
    assert data.feature_names == ("petal length", "petal width")
    assert data.label_name == "species"
    assert data.problem == "multiclass" and data.n_classes == 3


def test_from_a_path_and_from_bytes_with_bom(tmp_path):
    path = tmp_path / "iris.csv"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    for source in (path, str(path), path.read_bytes()):
        data = load_csv(source)
        assert data.feature_names == ("petal length", "petal width")
        assert data.y.tolist() == [0, 1, 0, 2, 1, 2]


def test_arrays_are_read_only():
    data = load_csv(GOOD)
    with pytest.raises(ValueError):
        data.x[0, 0] = 9
    with pytest.raises(ValueError):
        data.y[0] = 9


def test_no_header_numeric_binary_labels_and_blank_lines():
    data = load_csv("1,2,1\n\n3,4,-1\r\n5,6,1\n7,8,-1\n\n")
    assert data.feature_names == ("x1", "x2") and data.label_name == "label"
    assert data.class_names == ("-1", "1")  # numeric order: Playground's -1/+1 become 0/1
    assert data.y.tolist() == [1, 0, 1, 0] and data.problem == "binary"
    np.testing.assert_array_equal(data.x, [[1, 2], [3, 4], [5, 6], [7, 8]])


def test_float_labels_with_few_whole_values_are_classes():
    data = load_csv("0.5,1.0e+00\n0.25,0.0\n1,1.0\n2,0.000\n")
    assert data.class_names == ("0", "1") and data.y.tolist() == [1, 0, 1, 0]
    assert data.x.shape == (4, 1)


def test_decimal_labels_are_regression():
    rows = "\n".join(f"{i},{i * 2},{i * 0.37:.2f}" for i in range(10))
    data = load_csv("a,b,price\n" + rows + "\n")
    assert data.problem == "regression" and data.class_names is None and data.n_classes is None
    assert data.y.dtype == np.float64
    np.testing.assert_allclose(data.y, [round(i * 0.37, 2) for i in range(10)])
    # few distinct decimals that are not whole numbers: still a quantity
    assert load_csv("1,0.5\n2,1.5\n3,0.5\n4,1.5\n").problem == "regression"


def test_many_whole_numbers_that_are_not_class_ids_are_regression():
    data = load_csv("\n".join(f"{i},{100 * i + 50}" for i in range(12)) + "\n")
    assert data.problem == "regression"
    assert data.y[:3].tolist() == [50.0, 150.0, 250.0]


def test_semicolon_and_tab_separated_and_quoted_cells():
    assert load_csv("a;b;c\n1;2;x\n3;4;y\n5;6;x\n7;8;y\n").x.shape == (4, 2)
    assert load_csv("a\tc\n1\tx\n3\ty\n5\tx\n7\ty\n").x.shape == (4, 1)
    data = load_csv('x,"kind, long"\n1,"a, b"\n2,c\n3,"a, b"\n4,c\n')
    assert data.label_name == "kind, long" and data.class_names == ("a, b", "c")


def test_many_features():
    data = load_csv("\n".join(f"{i},{i + 1},{i + 2},{i + 3},{i % 2}" for i in range(6)))
    assert data.x.shape == (6, 4) and data.feature_names == ("x1", "x2", "x3", "x4")


def rejects(source, line, column, *words, **kwargs):
    with pytest.raises(CsvError) as info:
        load_csv(source, **kwargs)
    error = info.value
    assert isinstance(error, ValueError)
    assert (error.line, error.column) == (line, column)
    message = str(error)
    if line is not None:
        assert f"line {line}" in message
    if column is not None:
        assert f"column {column}" in message
    for word in words:
        assert word in message, message
    return message


def test_empty_file_names_line_1():
    assert rejects("\n\n   \n", 1, None, "empty").startswith("line 1: ")
    assert rejects(b"", 1, None, "empty").startswith("line 1: ")


def test_header_only_or_one_row_names_the_line_where_a_row_is_missing():
    message = rejects("a,b,label\n", 2, None, "0 data rows after the header on line 1")
    assert message.startswith("line 2: ")
    assert rejects("1,2,0\n\n", 2, None, "1 data row", "at least 2").startswith("line 2: ")
    assert rejects("\nx,y,c\n\n1,2,a\n", 5, None, "1 data row after the header on line 2")


def test_ragged_rows_short_and_long():
    rejects("1,2,a\n3,4,b\n5,6\n7,8,a\n", 3, 3, "2 cells but line 1 has 3")
    rejects("x,y,c\n1,2,a\n3,4,b,9\n", 3, 4, "4 cells but line 1 has 3")


def test_non_numeric_feature_with_header_name():
    message = rejects(GOOD.replace("4.5,1.5", "4.5,wide"), 6, 2, "'wide' is not a number")
    assert "'petal width'" in message
    rejects("1,2,a\n3,,b\n5,6,a\n7,8,b\n", 2, 2, "empty cell")
    rejects("1;2;a\n3;4,5;b\n5;6;a\n7;8;b\n", 2, 2, "decimal separator")


@pytest.mark.parametrize("bad", ["nan", "NaN", "inf", "-Infinity"])
def test_nan_and_infinity_in_features(bad):
    rejects(f"1,2,a\n3,4,b\n5,{bad},a\n7,8,b\n", 3, 2, "not a finite number")


def test_nan_in_a_numeric_label():
    rejects("1,0.5\n2,nan\n3,0.25\n4,1.5\n", 2, 2, "not a finite number")


def test_empty_label():
    rejects("1,2,a\n3,4,\n5,6,a\n7,8,b\n", 2, 3, "empty label")


def test_class_with_a_single_point():
    rejects(GOOD + "5.1,1.9,rare\n", 8, 3, "class 'rare' has only 1 point", "'species'")


def test_a_single_class():
    rejects("1,2,a\n3,4,a\n", None, 3, "at least 2 classes")


def test_more_than_six_classes_names_the_seventh():
    rows = [f"{i},{i},{name}" for i, name in enumerate("abcdefgab")]
    rejects("\n".join(rows) + "\n", 7, 3, "'g' is a 7th class", "at most 6")
    # class ids 0..7 written as integers are classes too, not a quantity
    rows = [f"{i},{i % 8}" for i in range(16)]
    rejects("\n".join(rows) + "\n", 7, 2, "'6' is a 7th class", "decimal point")


def test_fewer_than_one_feature_column():
    rejects("label\na\nb\n", 1, None, "only 1 column", "feature column")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("1,2,a\n3,4,b\n" * 100)
    rejects(path, None, None, "1,200 bytes", "1,000 bytes", max_bytes=1000)
    rejects("1,2,a\n3,4,b\n" * 100, None, None, "limit", max_bytes=1000)
    rejects(b"1,2,a\n3,4,b\n" * 100, None, None, "limit", max_bytes=1000)
    assert load_csv(path, max_bytes=1200).x.shape == (200, 2)


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("x,y,kind\n1,2,a\n3,4,caf\xe9\n5,6,a\n".encode("latin-1"))
    rejects(path, 3, 3, "not UTF-8")


def test_unterminated_quote():
    rejects('1,2,a\n3,4,"b\n5,6,a\n', 2, None, "cannot read this row")


def test_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_csv(tmp_path / "nope.csv")


# -- choosing columns, the problem, and the table for a preview ----------------------------------
WIDE = ("name,height,weight,age,kind\na,1.5,50,20,cat\nb,1.7,70,30,dog\nc,1.6,60,x,cat\n"
        "d,1.8,80,40,dog\n")


def test_chosen_columns_are_loaded_and_the_others_are_not_checked():
    from nnviz.data import load_csv
    data = load_csv(WIDE, features=(1, 2), label=4)
    assert data.feature_names == ("height", "weight") and data.label_name == "kind"
    assert data.x.tolist() == [[1.5, 50], [1.7, 70], [1.6, 60], [1.8, 80]]
    assert data.class_names == ("cat", "dog") and data.y.tolist() == [0, 1, 0, 1]


def test_a_bad_cell_in_a_chosen_column_names_its_line_and_column():
    from nnviz.data import CsvError, load_csv
    with pytest.raises(CsvError) as info:
        load_csv(WIDE, features=(1, 3), label=4)
    assert (info.value.line, info.value.column) == (4, 4)
    assert "'age'" in str(info.value)


def test_the_problem_can_be_chosen_against_the_guess():
    from nnviz.data import load_csv
    text = "x,y,v\n0,0,1\n1,0,2\n0,1,1\n1,1,2\n"
    assert load_csv(text).problem == "binary"
    values = load_csv(text, problem="regression")
    assert values.problem == "regression" and values.y.tolist() == [1.0, 2.0, 1.0, 2.0]
    halves = load_csv("x,y,v\n0,0,0.5\n1,0,1.5\n0,1,0.5\n1,1,1.5\n", problem="classification")
    assert halves.class_names == ("0.5", "1.5") and halves.y.tolist() == [0, 1, 0, 1]


def test_the_table_gives_names_and_rows_and_refuses_ragged_lines():
    from nnviz.data import CsvError, read_table
    table = read_table(WIDE)
    assert table.header and table.names[0] == "name" and len(table.rows) == 4
    assert table.rows[0] == (2, ("a", "1.5", "50", "20", "cat"))
    assert read_table("1,2,0\n3,4,1\n").names == ("column 1", "column 2", "column 3")
    with pytest.raises(CsvError) as info:
        read_table("x,y,c\n1,2,0\n3,4\n")
    assert info.value.line == 3
