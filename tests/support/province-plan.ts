// A province plan as Hải Phòng would write it (issue 20), adapted from the wording the communes' plans
// share: most tasks go to "UBND các xã, phường", some are the city departments' own, one names a ward.
export const PROVINCE_PLAN_TEXT = `ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 120/KH-UBND
Hải Phòng, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy của hệ thống chính trị trên địa bàn thành phố Hải Phòng năm 2026
Thực hiện Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025 của Ban Chỉ đạo Trung ương, UBND thành phố ban hành kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Triển khai thống nhất các nhiệm vụ chuyển đổi số trên địa bàn thành phố.
II. MỤC TIÊU
- Tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ liệu một lần.
- 100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh.
III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM
1. Về thể chế
1.1. Kế hoạch hành động
- Xây dựng và ban hành kế hoạch triển khai Kế hoạch 02 trên địa bàn xã, phường.
- Chủ trì thực hiện: UBND các xã, phường.
- Phối hợp thực hiện: Sở Khoa học và Công nghệ.
- Thời gian hoàn thành: Trước ngày 28/02/2026.
1.2. Hướng dẫn thống nhất
- Ban hành hướng dẫn thống nhất về quy trình số hóa hồ sơ cho các xã, phường.
- Chủ trì thực hiện: Sở Khoa học và Công nghệ.
- Phối hợp thực hiện: Sở Nội vụ.
- Thời gian hoàn thành: 31/3/2026.
2. Về dữ liệu
2.1. Cập nhật và làm sạch dữ liệu
- Rà soát, làm sạch và cập nhật dữ liệu trong các cơ sở dữ liệu chuyên ngành (dân cư, hộ tịch, đất đai) theo địa giới hành chính mới.
- Chủ trì thực hiện: UBND các xã, phường.
- Phối hợp thực hiện: Công an thành phố.
- Thời gian hoàn thành: Triển khai thực hiện ngay và thường xuyên.
2.2. Thí điểm kho dữ liệu số của phường
- Thí điểm kho dữ liệu số dùng chung của phường phục vụ giải quyết thủ tục hành chính.
- Chủ trì thực hiện: UBND phường Hải An.
- Phối hợp thực hiện: Sở Khoa học và Công nghệ.
- Thời gian hoàn thành: 30/9/2026.
2.3. Nền tảng dữ liệu dùng chung của thành phố
- Vận hành nền tảng tích hợp, chia sẻ dữ liệu của thành phố.
- Chủ trì thực hiện: Văn phòng UBND thành phố.
- Phối hợp thực hiện: Các sở, ngành.
- Thời gian hoàn thành: Sau khi Bộ Công an có hướng dẫn.
IV. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị căn cứ kế hoạch này triển khai thực hiện./.
Nơi nhận:
- Các sở, ngành;
- UBND các xã, phường;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Tùng
`;
