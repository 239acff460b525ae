package cn.tongxin.organization;

public record HandlingUnitView(long id, String name, String unitType, String contactPerson, String contactPhone,
                               String address, int sortOrder, boolean active, int version) {
}
