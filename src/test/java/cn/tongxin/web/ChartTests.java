package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.tongxin.web.Chart.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A chart is data: its JSON carries the same numbers as its table, a missing figure is a gap, never a zero. */
class ChartTests {

    @Test
    void theJsonCarriesKindTitleUnitCategoriesAndSeries() {
        Chart chart = Chart.bar("按类别", "件", List.of("经济", "民生</script>"),
                Series.of("收到", 3, 5), Series.of("立案", 2, 4));
        JsonNode json = JsonMapper.shared().readTree(chart.json());
        assertThat(json.get("kind").asString()).isEqualTo("bar");
        assertThat(json.get("title").asString()).isEqualTo("按类别");
        assertThat(json.get("unit").asString()).isEqualTo("件");
        assertThat(json.get("categories").get(1).asString()).isEqualTo("民生</script>");
        assertThat(json.get("series").get(1).get("name").asString()).isEqualTo("立案");
        assertThat(json.get("series").get(1).get("values").get(1).asInt()).isEqualTo(4);
    }

    @Test
    void aMissingFigureIsAGapInTheChartAndADashInTheTable() {
        Chart chart = Chart.hbar("办复率", "%", List.of("甲局", "乙局"), Series.of("办复率", 87.5, null));
        assertThat(chart.cell(0, 0)).isEqualTo("87.5");
        assertThat(chart.cell(0, 1)).isEqualTo("—");
        assertThat(JsonMapper.shared().readTree(chart.json()).get("series").get(0).get("values").get(1).isNull()).isTrue();
        assertThat(Chart.line("x", "", List.of("a"), Series.of("s", Double.NaN)).cell(0, 0)).isEqualTo("—");
    }

    @Test
    void wholeNumbersReadWithoutADecimalPoint() {
        assertThat(Chart.bar("x", "", List.of("a", "b"), Series.of("s", 100.0, 3L)).cell(0, 0)).isEqualTo("100");
    }

    @Test
    void aPieTakesTheSharesInOrder() {
        Map<String, Integer> shares = new LinkedHashMap<>();
        shares.put("市级", 4);
        shares.put("省级", 1);
        Chart pie = Chart.pie("采用层级", "篇", shares);
        assertThat(pie.categories()).containsExactly("市级", "省级");
        assertThat(pie.series()).hasSize(1);
        assertThat(pie.isEmpty()).isFalse();
        assertThat(Chart.pie("空", "篇", Map.of()).isEmpty()).isTrue();
    }

    @Test
    void aSeriesMustHaveOneNumberPerCategory() {
        assertThatThrownBy(() -> Chart.bar("x", "", List.of("a", "b"), Series.of("s", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsBecomeCategoriesAndColumnsSeries() {
        record Row(String unit, int assigned, int done) { }
        Chart chart = Chart.ofRows(Chart.Kind.HBAR, "按承办单位", "件", List.of(new Row("甲局", 5, 3), new Row("乙局", 2, 2)),
                Row::unit, Chart.Column.of("交办", Row::assigned), Chart.Column.of("办结", Row::done));
        assertThat(chart.categories()).containsExactly("甲局", "乙局");
        assertThat(chart.series().get(1).values()).containsExactly(3, 2);
    }
}
